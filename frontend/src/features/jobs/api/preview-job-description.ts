import { mutationOptions, useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type ParsedJob = components['schemas']['ParsedJob'];
export type JobDescriptionInput = components['schemas']['JobDescriptionCreate'];

/** What the server reads from a pasted description, without saving it. */
export function previewJobDescription(body: JobDescriptionInput): Promise<ParsedJob> {
  return unwrap(api.POST('/api/job-descriptions/preview', { body }));
}

export function previewJobDescriptionMutationOptions() {
  return mutationOptions({ mutationKey: ['job-descriptions', 'preview'], mutationFn: previewJobDescription });
}

export function usePreviewJobDescription() {
  return useMutation(previewJobDescriptionMutationOptions());
}
