import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { resumeQueryKey, type Resume } from './get-resume';
import { resumesQueryKey } from './get-resumes';

export type ResumeUpdate = components['schemas']['ResumeUpdate'];

export function updateResume({ resumeId, changes }: { resumeId: string; changes: ResumeUpdate }): Promise<Resume> {
  return unwrap(api.PATCH('/api/resumes/{resume_id}', { params: { path: { resume_id: resumeId } }, body: changes }));
}

export function updateResumeMutationOptions() {
  return mutationOptions({ mutationKey: ['resumes', 'update'], mutationFn: updateResume });
}

export function useUpdateResume({ onSuccess }: { onSuccess?: (resume: Resume) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateResumeMutationOptions(),
    onSuccess: (resume) => {
      queryClient.setQueryData(resumeQueryKey(resume.id), resume);
      onSuccess?.(resume);
      return queryClient.invalidateQueries({ queryKey: resumesQueryKey });
    },
  });
}
