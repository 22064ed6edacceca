import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { interviewQueryKey, type Interview } from './get-interview';
import { interviewsQueryKey } from './get-interviews';

export function completeInterview(interviewId: string): Promise<Interview> {
  return unwrap(
    api.POST('/api/interviews/{interview_id}/complete', { params: { path: { interview_id: interviewId } } }),
  );
}

export function completeInterviewMutationOptions() {
  return mutationOptions({ mutationKey: ['interviews', 'complete'], mutationFn: completeInterview });
}

export function useCompleteInterview() {
  const queryClient = useQueryClient();
  return useMutation({
    ...completeInterviewMutationOptions(),
    onSuccess: (interview) => {
      queryClient.setQueryData(interviewQueryKey(interview.id), interview);
      void queryClient.invalidateQueries({ queryKey: interviewsQueryKey });
    },
  });
}
