import { mutationOptions, useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import { saveBlob } from '@/lib/save-blob';

export type TransferFormat = 'json' | 'csv';

/** The active questions as a file, fetched with the session's token (a plain link could not send it). */
export function exportQuestions(format: TransferFormat): Promise<Blob> {
  return unwrap(api.GET('/api/questions/export', { params: { query: { format } }, parseAs: 'blob' }));
}

async function exportAndSave(format: TransferFormat): Promise<void> {
  saveBlob(await exportQuestions(format), `question-bank.${format}`);
}

export function exportQuestionsMutationOptions() {
  return mutationOptions({ mutationKey: ['admin', 'questions', 'export'], mutationFn: exportAndSave });
}

export function useExportQuestions() {
  return useMutation(exportQuestionsMutationOptions());
}
