import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import { queryKeys } from '@/lib/query-keys';

import type { Job } from './search-jobs';

export function getJob(jobId: string): Promise<Job> {
  return unwrap(api.GET('/api/jobs/{job_id}', { params: { path: { job_id: jobId } } }));
}

export const jobQueryKey = queryKeys.job;

export function getJobQueryOptions(jobId: string) {
  return queryOptions({ queryKey: jobQueryKey(jobId), queryFn: () => getJob(jobId) });
}

export function useJob(jobId: string) {
  return useQuery(getJobQueryOptions(jobId));
}
