import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { questionsQueryKey, type BankQuestion } from './get-questions';

export type QuestionCreate = components['schemas']['QuestionCreate'];

export function createQuestion(body: QuestionCreate): Promise<BankQuestion> {
  return unwrap(api.POST('/api/questions', { body }));
}

export function createQuestionMutationOptions() {
  return mutationOptions({ mutationKey: ['admin', 'questions', 'create'], mutationFn: createQuestion });
}

export function useCreateQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createQuestionMutationOptions(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: questionsQueryKey }),
  });
}
