import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/api/client';
import type { components } from '@/api/schema';

import { codingProblemsQueryKey } from './get-coding-problems';

export type CodingImportResult = components['schemas']['ImportResult'];

/** Creates or updates (by slug) every problem in a JSON file, or none when one is invalid. */
export function importCodingProblems(file: File): Promise<CodingImportResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api.upload<CodingImportResult>('/api/coding/problems/import', body);
}

export function importCodingProblemsMutationOptions() {
  return mutationOptions({ mutationKey: ['admin', 'coding-problems', 'import'], mutationFn: importCodingProblems });
}

export function useImportCodingProblems() {
  const queryClient = useQueryClient();
  return useMutation({
    ...importCodingProblemsMutationOptions(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: codingProblemsQueryKey }),
  });
}
