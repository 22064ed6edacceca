import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type JobDescriptionChoice = components['schemas']['JobDescriptionRead'];

/** My saved job descriptions, to tailor an interview to one of them. */
export async function getJobDescriptionChoices(): Promise<JobDescriptionChoice[]> {
  const { items } = await unwrap(api.GET('/api/job-descriptions'));
  return items;
}

export const jobDescriptionChoicesQueryKey = queryKeys.jobDescriptions;

export function getJobDescriptionChoicesQueryOptions() {
  return queryOptions({ queryKey: jobDescriptionChoicesQueryKey, queryFn: getJobDescriptionChoices, staleTime: 0 });
}

export function useJobDescriptionChoices() {
  return useQuery(getJobDescriptionChoicesQueryOptions());
}
