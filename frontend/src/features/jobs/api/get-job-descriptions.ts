import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type JobDescription = components['schemas']['JobDescriptionRead'];

export async function getJobDescriptions(): Promise<JobDescription[]> {
  const { items } = await unwrap(api.GET('/api/job-descriptions'));
  return items;
}

export const jobDescriptionsQueryKey = ['job-descriptions', 'list'] as const;

export function getJobDescriptionsQueryOptions() {
  return queryOptions({ queryKey: jobDescriptionsQueryKey, queryFn: getJobDescriptions });
}

export function useJobDescriptions() {
  return useQuery(getJobDescriptionsQueryOptions());
}
