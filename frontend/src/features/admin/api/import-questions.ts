import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/api/client';
import type { components } from '@/api/schema';
import { ApiError } from '@/lib/api-error';

import { questionsQueryKey } from './get-questions';

export type ImportResult = components['schemas']['ImportResult'];

/** One problem in an import file (the details of a 422 import_invalid). */
export interface ImportRowError {
  /** 1-based; in a CSV, the data row after the header. */
  row: number;
  field: string | null;
  message: string;
}

/** Creates or updates questions from a JSON or CSV file: all of them, or none when a row is invalid. */
export function importQuestions(file: File): Promise<ImportResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api.upload<ImportResult>('/api/questions/import', body);
}

function isRowError(value: unknown): value is ImportRowError {
  return typeof value === 'object' && value !== null && 'row' in value && 'message' in value;
}

/** The per-row problems of a rejected import (422 import_invalid), if that is what the error is. */
export function importRowErrors(error: unknown): ImportRowError[] | null {
  if (!(error instanceof ApiError) || error.code !== 'import_invalid' || !Array.isArray(error.details)) return null;
  return error.details.filter(isRowError);
}

export function importQuestionsMutationOptions() {
  return mutationOptions({ mutationKey: ['admin', 'questions', 'import'], mutationFn: importQuestions });
}

export function useImportQuestions() {
  const queryClient = useQueryClient();
  return useMutation({
    ...importQuestionsMutationOptions(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: questionsQueryKey }),
  });
}
