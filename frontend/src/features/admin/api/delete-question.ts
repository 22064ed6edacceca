import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { questionsQueryKey } from './get-questions';

export type QuestionDeleted = components['schemas']['QuestionDeleted'];

/** Deletes the question, or archives it when interviews have used it (the answer says which). */
export function deleteQuestion(questionId: string): Promise<QuestionDeleted> {
  return unwrap(api.DELETE('/api/questions/{question_id}', { params: { path: { question_id: questionId } } }));
}

export function deleteQuestionMutationOptions() {
  return mutationOptions({ mutationKey: ['admin', 'questions', 'delete'], mutationFn: deleteQuestion });
}

export function useDeleteQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    ...deleteQuestionMutationOptions(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: questionsQueryKey }),
  });
}
