import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components, paths } from '@/api/schema';

export type CodingProblemSummary = components['schemas']['ProblemSummary'];
export type CodingProblemParams = NonNullable<paths['/api/coding/problems']['get']['parameters']['query']>;

export function getCodingProblems(params: CodingProblemParams) {
  return unwrap(api.GET('/api/coding/problems', { params: { query: params } }));
}

/** Every coding problem query (lists and single problems), to refresh after a change. */
export const codingProblemsQueryKey = ['admin', 'coding-problems'] as const;

export function getCodingProblemsQueryOptions(params: CodingProblemParams) {
  return queryOptions({
    queryKey: [...codingProblemsQueryKey, params],
    queryFn: () => getCodingProblems(params),
    placeholderData: keepPreviousData,
  });
}

export function useCodingProblems(params: CodingProblemParams) {
  return useQuery(getCodingProblemsQueryOptions(params));
}
