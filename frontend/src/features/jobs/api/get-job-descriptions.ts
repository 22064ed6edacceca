import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type JobDescription = components['schemas']['JobDescriptionRead'];

export async function getJobDescriptions(): Promise<JobDescription[]> {
  const { items } = await unwrap(api.GET('/api/job-descriptions'));
  return items;
}

export const jobDescriptionsQueryKey = queryKeys.jobDescriptions;

export function getJobDescriptionsQueryOptions() {
  return queryOptions({ queryKey: jobDescriptionsQueryKey, queryFn: getJobDescriptions });
}

export function useJobDescriptions() {
  return useQuery(getJobDescriptionsQueryOptions());
}
