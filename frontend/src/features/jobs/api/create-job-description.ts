import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { jobDescriptionsQueryKey, type JobDescription } from './get-job-descriptions';
import type { JobDescriptionInput } from './preview-job-description';

export function createJobDescription(body: JobDescriptionInput): Promise<JobDescription> {
  return unwrap(api.POST('/api/job-descriptions', { body }));
}

export function createJobDescriptionMutationOptions() {
  return mutationOptions({ mutationKey: ['job-descriptions', 'create'], mutationFn: createJobDescription });
}

export function useCreateJobDescription() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createJobDescriptionMutationOptions(),
    onSuccess: (saved) => {
      queryClient.setQueryData<JobDescription[]>(jobDescriptionsQueryKey, (items) =>
        items ? [saved, ...items] : items,
      );
      return queryClient.invalidateQueries({ queryKey: jobDescriptionsQueryKey });
    },
  });
}
