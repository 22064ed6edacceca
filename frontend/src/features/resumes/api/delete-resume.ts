import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { resumeQueryKey } from './get-resume';
import { resumesQueryKey } from './get-resumes';

export function deleteResume(resumeId: string): Promise<void> {
  return unwrap(api.DELETE('/api/resumes/{resume_id}', { params: { path: { resume_id: resumeId } } }));
}

export function deleteResumeMutationOptions() {
  return mutationOptions({ mutationKey: ['resumes', 'delete'], mutationFn: deleteResume });
}

export function useDeleteResume() {
  const queryClient = useQueryClient();
  return useMutation({
    ...deleteResumeMutationOptions(),
    onSuccess: (_data, resumeId) => {
      queryClient.removeQueries({ queryKey: resumeQueryKey(resumeId) });
      // Not awaited: the item leaves the list on the refetch, and the caller's callbacks must run first.
      // The server may have made another resume the default.
      void queryClient.invalidateQueries({ queryKey: resumesQueryKey });
    },
  });
}
