import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import type { CodingProblem } from './get-coding-problem';
import { codingProblemsQueryKey } from './get-coding-problems';

export type CodingProblemUpdate = components['schemas']['ProblemUpdate'];

/** Changes the fields sent; changed tests or code are checked against the references again. */
export function updateCodingProblem({
  problemId,
  changes,
}: {
  problemId: string;
  changes: CodingProblemUpdate;
}): Promise<CodingProblem> {
  return unwrap(
    api.PATCH('/api/coding/problems/{problem_id}', { params: { path: { problem_id: problemId } }, body: changes }),
  );
}

export function updateCodingProblemMutationOptions() {
  return mutationOptions({ mutationKey: ['admin', 'coding-problems', 'update'], mutationFn: updateCodingProblem });
}

export function useUpdateCodingProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateCodingProblemMutationOptions(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: codingProblemsQueryKey }),
  });
}
