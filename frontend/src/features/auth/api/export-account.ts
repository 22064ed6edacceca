import { mutationOptions, useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import { saveBlob } from '@/lib/save-blob';

/** The zip of everything in the account, fetched with the session's token. */
export function exportAccount(): Promise<Blob> {
  return unwrap(api.GET('/api/users/me/export', { parseAs: 'blob' }));
}

function exportFilename(now = new Date()) {
  return `rehearse-data-${now.toISOString().slice(0, 10)}.zip`;
}

async function exportAndSave(): Promise<void> {
  saveBlob(await exportAccount(), exportFilename());
}

export function exportAccountMutationOptions() {
  return mutationOptions({ mutationKey: ['account', 'export'], mutationFn: exportAndSave });
}

export function useExportAccount() {
  return useMutation(exportAccountMutationOptions());
}
