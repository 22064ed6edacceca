import { mutationOptions, useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type CheckReport = components['schemas']['CheckReport'];
export type TestDisagreement = components['schemas']['ValidationProblem'];

/** Runs both references over every stored test in the sandbox; nothing is saved. */
export function checkCodingProblem(problemId: string): Promise<CheckReport> {
  return unwrap(api.POST('/api/coding/problems/{problem_id}/check', { params: { path: { problem_id: problemId } } }));
}

export function checkCodingProblemMutationOptions() {
  return mutationOptions({ mutationKey: ['admin', 'coding-problems', 'check'], mutationFn: checkCodingProblem });
}

export function useCheckCodingProblem() {
  return useMutation(checkCodingProblemMutationOptions());
}
