import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { jobDescriptionsQueryKey } from './get-job-descriptions';

export function deleteJobDescription(descriptionId: string): Promise<void> {
  return unwrap(
    api.DELETE('/api/job-descriptions/{description_id}', { params: { path: { description_id: descriptionId } } }),
  );
}

export function deleteJobDescriptionMutationOptions() {
  return mutationOptions({ mutationKey: ['job-descriptions', 'delete'], mutationFn: deleteJobDescription });
}

export function useDeleteJobDescription() {
  const queryClient = useQueryClient();
  return useMutation({
    ...deleteJobDescriptionMutationOptions(),
    onSuccess: () => {
      // Not awaited: the item leaves the list on the refetch, and the caller's callbacks must run first.
      void queryClient.invalidateQueries({ queryKey: jobDescriptionsQueryKey });
    },
  });
}
