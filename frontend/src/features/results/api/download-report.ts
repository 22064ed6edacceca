import { mutationOptions, useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import { saveBlob } from '@/lib/save-blob';

/** The results as a PDF, fetched with the session's token (a plain link could not send it). */
export function downloadReport(interviewId: string): Promise<Blob> {
  return unwrap(
    api.GET('/api/interviews/{interview_id}/report.pdf', {
      params: { path: { interview_id: interviewId } },
      parseAs: 'blob',
    }),
  );
}

/** A file name from the role: "Backend engineer" → rehearse-backend-engineer-report.pdf. */
export function reportFilename(role: string) {
  const slug = role
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `rehearse-${slug || 'interview'}-report.pdf`;
}

async function downloadAndSave({ interviewId, role }: { interviewId: string; role: string }): Promise<void> {
  saveBlob(await downloadReport(interviewId), reportFilename(role));
}

export function downloadReportMutationOptions() {
  return mutationOptions({ mutationKey: ['results', 'report'], mutationFn: downloadAndSave });
}

export function useDownloadReport() {
  return useMutation(downloadReportMutationOptions());
}
