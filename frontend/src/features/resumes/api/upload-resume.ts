import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/api/client';

import { resumeQueryKey, type Resume } from './get-resume';
import { resumesQueryKey } from './get-resumes';

/** The server's limit; checked here too so a person is not made to wait for a doomed upload. */
export const RESUME_MAX_BYTES = 10 * 1024 * 1024;

export interface UploadResumeInput {
  file: File;
  /** The fraction of the file sent so far, from 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export function uploadResume({ file, onProgress, signal }: UploadResumeInput): Promise<Resume> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api.upload<Resume>('/api/resumes', body, { onProgress, signal });
}

export function uploadResumeMutationOptions() {
  return mutationOptions({ mutationKey: ['resumes', 'upload'], mutationFn: uploadResume });
}

export function useUploadResume() {
  const queryClient = useQueryClient();
  return useMutation({
    ...uploadResumeMutationOptions(),
    onSuccess: (resume) => {
      queryClient.setQueryData(resumeQueryKey(resume.id), resume);
      return queryClient.invalidateQueries({ queryKey: resumesQueryKey });
    },
  });
}
