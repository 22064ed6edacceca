import { mutationOptions, useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type PastedJob = Pick<components['schemas']['ParsedJob'], 'title' | 'seniority'>;

/** The title and seniority the server reads from a pasted description (nothing is saved). */
export async function readPastedJob(text: string): Promise<PastedJob> {
  const parsed = await unwrap(api.POST('/api/job-descriptions/preview', { body: { text } }));
  return { title: parsed.title ?? null, seniority: parsed.seniority ?? null };
}

export function useReadPastedJob() {
  return useMutation(mutationOptions({ mutationKey: ['job-descriptions', 'preview'], mutationFn: readPastedJob }));
}
