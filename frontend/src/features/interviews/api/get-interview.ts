import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type Interview = components['schemas']['InterviewRead'];
export type InterviewQuestion = components['schemas']['InterviewQuestionRead'];
export type Answer = components['schemas']['AnswerRead'];
export type Stage = components['schemas']['Stage'];
export type InterviewClock = components['schemas']['Clock'];
export type InterviewStatus = Interview['status'];

export function getInterview(interviewId: string): Promise<Interview> {
  return unwrap(api.GET('/api/interviews/{interview_id}', { params: { path: { interview_id: interviewId } } }));
}

export const interviewQueryKey = (interviewId: string) => ['interviews', 'detail', interviewId] as const;

export function getInterviewQueryOptions(interviewId: string) {
  return queryOptions({
    queryKey: interviewQueryKey(interviewId),
    queryFn: () => getInterview(interviewId),
    // The clock is computed by the server at read time: always start from a fresh read.
    staleTime: 0,
  });
}

export function useInterview(interviewId: string) {
  return useQuery(getInterviewQueryOptions(interviewId));
}
