import { mutationOptions, useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import { saveBlob } from '@/lib/save-blob';

/** The active problems as the JSON file the import reads, fetched with the session's token. */
async function exportAndSave(): Promise<void> {
  saveBlob(await unwrap(api.GET('/api/coding/problems/export', { parseAs: 'blob' })), 'coding-problems.json');
}

export function useExportCodingProblems() {
  return useMutation(
    mutationOptions({ mutationKey: ['admin', 'coding-problems', 'export'], mutationFn: exportAndSave }),
  );
}
