import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { jobDescriptionsQueryKey, type JobDescription } from './get-job-descriptions';

export type JobDescriptionUpdate = components['schemas']['JobDescriptionUpdate'];

/** Rename a saved job description; the server reads it again with the new title. */
export function updateJobDescription({ id, ...body }: JobDescriptionUpdate & { id: string }): Promise<JobDescription> {
  return unwrap(
    api.PATCH('/api/job-descriptions/{description_id}', { params: { path: { description_id: id } }, body }),
  );
}

export function updateJobDescriptionMutationOptions() {
  return mutationOptions({ mutationKey: ['job-descriptions', 'update'], mutationFn: updateJobDescription });
}

export function useUpdateJobDescription() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateJobDescriptionMutationOptions(),
    onSuccess: (saved) => {
      queryClient.setQueryData<JobDescription[]>(jobDescriptionsQueryKey, (items) =>
        items?.map((item) => (item.id === saved.id ? saved : item)),
      );
      void queryClient.invalidateQueries({ queryKey: jobDescriptionsQueryKey });
    },
  });
}
