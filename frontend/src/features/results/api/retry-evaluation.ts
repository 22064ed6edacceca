import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { resultsQueryKey } from './get-results';

type InterviewRead = components['schemas']['InterviewRead'];

export interface RetryEvaluationInput {
  interviewId: string;
  questionId: string;
}

export function retryEvaluation({ interviewId, questionId }: RetryEvaluationInput): Promise<InterviewRead> {
  return unwrap(
    api.POST('/api/interviews/{interview_id}/questions/{question_id}/evaluation', {
      params: { path: { interview_id: interviewId, question_id: questionId } },
    }),
  );
}

export function retryEvaluationMutationOptions() {
  return mutationOptions({ mutationKey: ['interviews', 'retry-evaluation'], mutationFn: retryEvaluation });
}

/** Evaluate a failed answer again; the results read "pending" (and poll) until it is done. */
export function useRetryEvaluation(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    ...retryEvaluationMutationOptions(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resultsQueryKey(interviewId) }),
  });
}
