import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { codingProblemsQueryKey } from './get-coding-problems';

/** A problem with its hidden tests and references, as only admins see it. */
export type CodingProblem = components['schemas']['ProblemRead'];

export function getCodingProblem(problemId: string): Promise<CodingProblem> {
  return unwrap(api.GET('/api/coding/problems/{problem_id}', { params: { path: { problem_id: problemId } } }));
}

export function getCodingProblemQueryOptions(problemId: string) {
  return queryOptions({
    queryKey: [...codingProblemsQueryKey, 'one', problemId],
    queryFn: () => getCodingProblem(problemId),
  });
}

export function useCodingProblem(problemId: string) {
  return useQuery(getCodingProblemQueryOptions(problemId));
}
