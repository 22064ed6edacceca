import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

import { interviewQueryKey, type Interview } from './get-interview';
import { interviewsQueryKey } from './get-interviews';

export type InterviewCreate = components['schemas']['InterviewCreate'];
export type Seniority = NonNullable<InterviewCreate['seniority']>;

export function createInterview(body: InterviewCreate): Promise<Interview> {
  return unwrap(api.POST('/api/interviews', { body }));
}

export function createInterviewMutationOptions() {
  return mutationOptions({ mutationKey: ['interviews', 'create'], mutationFn: createInterview });
}

export function useCreateInterview() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createInterviewMutationOptions(),
    onSuccess: (interview) => {
      queryClient.setQueryData(interviewQueryKey(interview.id), interview);
      void queryClient.invalidateQueries({ queryKey: interviewsQueryKey });
    },
  });
}
