import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';
import { isInterviewLive } from '@/lib/interview-events';

export type InterviewResults = components['schemas']['InterviewResults'];
export type QuestionResult = components['schemas']['QuestionResult'];
export type AnswerEvaluation = components['schemas']['AnswerEvaluation'];
export type CoveredPoint = components['schemas']['CoveredPoint'];
export type Scores = components['schemas']['Scores'];

/** While answers are still being evaluated the results are read again this often. */
export const RESULTS_POLL_MS = 2000;
/** With live events arriving (answer_evaluated), polling is only a safety net. */
const LIVE_RESULTS_POLL_MS = 15_000;

export function getResults(interviewId: string): Promise<InterviewResults> {
  return unwrap(api.GET('/api/results/{interview_id}', { params: { path: { interview_id: interviewId } } }));
}

export const resultsQueryKey = (interviewId: string) => ['results', interviewId] as const;

export function getResultsQueryOptions(interviewId: string) {
  return queryOptions({
    queryKey: resultsQueryKey(interviewId),
    queryFn: () => getResults(interviewId),
    staleTime: 0,
    refetchInterval: (query) => {
      if (query.state.data?.status !== 'pending') return false;
      return isInterviewLive(interviewId) ? LIVE_RESULTS_POLL_MS : RESULTS_POLL_MS;
    },
  });
}

export function useResults(interviewId: string) {
  return useQuery(getResultsQueryOptions(interviewId));
}
