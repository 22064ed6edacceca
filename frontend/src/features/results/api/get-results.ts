import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type InterviewResults = components['schemas']['InterviewResults'];
export type QuestionResult = components['schemas']['QuestionResult'];
export type AnswerEvaluation = components['schemas']['AnswerEvaluation'];
export type CoveredPoint = components['schemas']['CoveredPoint'];
export type Scores = components['schemas']['Scores'];

/** While answers are still being evaluated the results are read again this often. */
export const RESULTS_POLL_MS = 2000;

export function getResults(interviewId: string): Promise<InterviewResults> {
  return unwrap(api.GET('/api/results/{interview_id}', { params: { path: { interview_id: interviewId } } }));
}

export const resultsQueryKey = (interviewId: string) => ['results', interviewId] as const;

export function getResultsQueryOptions(interviewId: string) {
  return queryOptions({
    queryKey: resultsQueryKey(interviewId),
    queryFn: () => getResults(interviewId),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? RESULTS_POLL_MS : false),
  });
}

export function useResults(interviewId: string) {
  return useQuery(getResultsQueryOptions(interviewId));
}
