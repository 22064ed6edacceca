import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { codingProblemsQueryKey } from './get-coding-problems';

export type CodingProblemDeleted = components['schemas']['ProblemDeleted'];

/** Deletes the problem, or archives it when interviews have used it (the answer says which). */
export function deleteCodingProblem(problemId: string): Promise<CodingProblemDeleted> {
  return unwrap(api.DELETE('/api/coding/problems/{problem_id}', { params: { path: { problem_id: problemId } } }));
}

export function deleteCodingProblemMutationOptions() {
  return mutationOptions({ mutationKey: ['admin', 'coding-problems', 'delete'], mutationFn: deleteCodingProblem });
}

export function useDeleteCodingProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    ...deleteCodingProblemMutationOptions(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: codingProblemsQueryKey }),
  });
}
