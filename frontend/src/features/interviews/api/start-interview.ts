import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { interviewQueryKey, type Interview } from './get-interview';
import { interviewsQueryKey } from './get-interviews';

export function startInterview(interviewId: string): Promise<Interview> {
  return unwrap(api.POST('/api/interviews/{interview_id}/start', { params: { path: { interview_id: interviewId } } }));
}

export function startInterviewMutationOptions() {
  return mutationOptions({ mutationKey: ['interviews', 'start'], mutationFn: startInterview });
}

export function useStartInterview() {
  const queryClient = useQueryClient();
  return useMutation({
    ...startInterviewMutationOptions(),
    onSuccess: (interview) => {
      queryClient.setQueryData(interviewQueryKey(interview.id), interview);
      void queryClient.invalidateQueries({ queryKey: interviewsQueryKey });
    },
  });
}
