import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { interviewQueryKey, type Interview } from './get-interview';
import { interviewsQueryKey } from './get-interviews';

export function abandonInterview(interviewId: string): Promise<Interview> {
  return unwrap(
    api.POST('/api/interviews/{interview_id}/abandon', { params: { path: { interview_id: interviewId } } }),
  );
}

export function abandonInterviewMutationOptions() {
  return mutationOptions({ mutationKey: ['interviews', 'abandon'], mutationFn: abandonInterview });
}

export function useAbandonInterview() {
  const queryClient = useQueryClient();
  return useMutation({
    ...abandonInterviewMutationOptions(),
    onSuccess: (interview) => {
      queryClient.setQueryData(interviewQueryKey(interview.id), interview);
      void queryClient.invalidateQueries({ queryKey: interviewsQueryKey });
    },
  });
}
