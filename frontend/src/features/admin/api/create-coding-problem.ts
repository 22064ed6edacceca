import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import type { CodingProblem } from './get-coding-problem';
import { codingProblemsQueryKey } from './get-coding-problems';

export type CodingProblemCreate = components['schemas']['ProblemCreate'];

/** Adds a problem; the server runs both references over its tests first and refuses it if they disagree. */
export function createCodingProblem(body: CodingProblemCreate): Promise<CodingProblem> {
  return unwrap(api.POST('/api/coding/problems', { body }));
}

export function createCodingProblemMutationOptions() {
  return mutationOptions({ mutationKey: ['admin', 'coding-problems', 'create'], mutationFn: createCodingProblem });
}

export function useCreateCodingProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createCodingProblemMutationOptions(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: codingProblemsQueryKey }),
  });
}
