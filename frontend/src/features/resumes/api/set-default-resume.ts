import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { resumeQueryKey, type Resume } from './get-resume';
import { resumesQueryKey, type ResumeSummary } from './get-resumes';

export function setDefaultResume(resumeId: string): Promise<Resume> {
  return unwrap(api.POST('/api/resumes/{resume_id}/default', { params: { path: { resume_id: resumeId } } }));
}

export function setDefaultResumeMutationOptions() {
  return mutationOptions({ mutationKey: ['resumes', 'set-default'], mutationFn: setDefaultResume });
}

export function useSetDefaultResume() {
  const queryClient = useQueryClient();
  return useMutation({
    ...setDefaultResumeMutationOptions(),
    onSuccess: (resume) => {
      queryClient.setQueryData(resumeQueryKey(resume.id), resume);
      // Move the badge at once; the refetch confirms it.
      queryClient.setQueryData<ResumeSummary[]>(resumesQueryKey, (resumes) =>
        resumes?.map((item) => ({ ...item, is_default: item.id === resume.id })),
      );
      return queryClient.invalidateQueries({ queryKey: resumesQueryKey });
    },
  });
}
