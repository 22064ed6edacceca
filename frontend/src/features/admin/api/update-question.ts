import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { questionsQueryKey, type BankQuestion } from './get-questions';

export type QuestionUpdate = components['schemas']['QuestionUpdate'];

export function updateQuestion({
  questionId,
  changes,
}: {
  questionId: string;
  changes: QuestionUpdate;
}): Promise<BankQuestion> {
  return unwrap(
    api.PATCH('/api/questions/{question_id}', { params: { path: { question_id: questionId } }, body: changes }),
  );
}

export function updateQuestionMutationOptions() {
  return mutationOptions({ mutationKey: ['admin', 'questions', 'update'], mutationFn: updateQuestion });
}

export function useUpdateQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateQuestionMutationOptions(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: questionsQueryKey }),
  });
}
