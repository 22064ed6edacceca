import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components, paths } from '@/api/schema';

export type BankQuestion = components['schemas']['QuestionRead'];
export type QuestionList = components['schemas']['QuestionList'];
export type QuestionCategory = BankQuestion['category'];
export type QuestionListParams = NonNullable<paths['/api/questions']['get']['parameters']['query']>;

export function getQuestions(params: QuestionListParams): Promise<QuestionList> {
  return unwrap(api.GET('/api/questions', { params: { query: params } }));
}

/** Every list of the bank; invalidate it after any change. */
export const questionsQueryKey = ['admin', 'questions'] as const;

export function getQuestionsQueryOptions(params: QuestionListParams) {
  return queryOptions({
    queryKey: [...questionsQueryKey, params],
    queryFn: () => getQuestions(params),
    placeholderData: keepPreviousData,
  });
}

export function useQuestions(params: QuestionListParams) {
  return useQuery(getQuestionsQueryOptions(params));
}
