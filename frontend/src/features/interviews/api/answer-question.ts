import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { interviewQueryKey, type Interview } from './get-interview';

export type AnswerInput = components['schemas']['AnswerCreate'];

export interface AnswerQuestionInput {
  interviewId: string;
  questionId: string;
  answer: AnswerInput;
}

/** Answers (or re-answers) a question; the server may insert a follow-up question after it. */
export function answerQuestion({ interviewId, questionId, answer }: AnswerQuestionInput): Promise<Interview> {
  return unwrap(
    api.POST('/api/interviews/{interview_id}/questions/{question_id}/answer', {
      params: { path: { interview_id: interviewId, question_id: questionId } },
      body: answer,
    }),
  );
}

export function answerQuestionMutationOptions() {
  return mutationOptions({ mutationKey: ['interviews', 'answer'], mutationFn: answerQuestion });
}

export function useAnswerQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    ...answerQuestionMutationOptions(),
    onSuccess: (interview) => queryClient.setQueryData(interviewQueryKey(interview.id), interview),
  });
}
