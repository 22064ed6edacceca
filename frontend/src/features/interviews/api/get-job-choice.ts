import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import { queryKeys } from '@/lib/query-keys';

import type { JobChoice } from './search-job-choices';

/** One catalog job, for a wizard opened from that job's page (?job_id=). */
export function getJobChoice(jobId: string): Promise<JobChoice> {
  return unwrap(api.GET('/api/jobs/{job_id}', { params: { path: { job_id: jobId } } }));
}

export const jobChoiceQueryKey = queryKeys.job;

export function getJobChoiceQueryOptions(jobId: string) {
  return queryOptions({ queryKey: jobChoiceQueryKey(jobId), queryFn: () => getJobChoice(jobId) });
}

export function useJobChoice(jobId: string | null) {
  return useQuery({ ...getJobChoiceQueryOptions(jobId ?? ''), enabled: Boolean(jobId) });
}
