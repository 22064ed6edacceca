import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { interviewQueryKey, type Interview } from './get-interview';

export function skipQuestion({
  interviewId,
  questionId,
}: {
  interviewId: string;
  questionId: string;
}): Promise<Interview> {
  return unwrap(
    api.POST('/api/interviews/{interview_id}/questions/{question_id}/skip', {
      params: { path: { interview_id: interviewId, question_id: questionId } },
    }),
  );
}

export function skipQuestionMutationOptions() {
  return mutationOptions({ mutationKey: ['interviews', 'skip'], mutationFn: skipQuestion });
}

export function useSkipQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    ...skipQuestionMutationOptions(),
    onSuccess: (interview) => queryClient.setQueryData(interviewQueryKey(interview.id), interview),
  });
}
