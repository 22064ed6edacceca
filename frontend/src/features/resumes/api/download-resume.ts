import { mutationOptions, useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import { saveBlob } from '@/lib/save-blob';

/** The original file, fetched with the session's token (a plain link could not send it). */
export function downloadResume(resumeId: string): Promise<Blob> {
  return unwrap(
    api.GET('/api/resumes/{resume_id}/file', { params: { path: { resume_id: resumeId } }, parseAs: 'blob' }),
  );
}

async function downloadAndSave({ resumeId, filename }: { resumeId: string; filename: string }): Promise<void> {
  saveBlob(await downloadResume(resumeId), filename);
}

export function downloadResumeMutationOptions() {
  return mutationOptions({ mutationKey: ['resumes', 'download'], mutationFn: downloadAndSave });
}

export function useDownloadResume() {
  return useMutation(downloadResumeMutationOptions());
}
