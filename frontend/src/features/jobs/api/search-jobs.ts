import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components, paths } from '@/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Job = components['schemas']['JobRead'];
export type JobSearchItem = components['schemas']['JobSearchItem'];
export type JobSearchResults = components['schemas']['JobSearchResults'];
export type JobType = Job['job_type'];
export type JobSearchParams = NonNullable<paths['/api/jobs/search']['get']['parameters']['query']>;

export function searchJobs(params: JobSearchParams): Promise<JobSearchResults> {
  return unwrap(api.GET('/api/jobs/search', { params: { query: params } }));
}

export const jobSearchQueryKey = (params: JobSearchParams) => queryKeys.jobSearch(params);

export function getJobSearchQueryOptions(params: JobSearchParams) {
  return queryOptions({
    queryKey: jobSearchQueryKey(params),
    queryFn: () => searchJobs(params),
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}

export function useJobSearch(params: JobSearchParams) {
  return useQuery(getJobSearchQueryOptions(params));
}
