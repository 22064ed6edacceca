import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { codingQuestionQueryKey, type QuestionRef } from './get-coding-question';

export type HintTaken = components['schemas']['HintTaken'];

export function takeHint({ interviewId, questionId }: QuestionRef): Promise<HintTaken> {
  return unwrap(
    api.POST('/api/coding/interviews/{interview_id}/questions/{question_id}/hints', {
      params: { path: { interview_id: interviewId, question_id: questionId } },
    }),
  );
}

export function takeHintMutationOptions() {
  return mutationOptions({ mutationKey: ['coding', 'hint'], mutationFn: takeHint });
}

export function useTakeHint() {
  const queryClient = useQueryClient();
  return useMutation({
    ...takeHintMutationOptions(),
    onSuccess: (_hint, ref) => queryClient.invalidateQueries({ queryKey: codingQuestionQueryKey(ref) }),
  });
}
