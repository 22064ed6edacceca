import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { codingQuestionQueryKey, type CodingLanguage, type QuestionRef, type Submission } from './get-coding-question';

export interface SubmitCodeInput extends QuestionRef {
  code: string;
  language: CodingLanguage;
}

export function submitCode({ interviewId, questionId, code, language }: SubmitCodeInput): Promise<Submission> {
  return unwrap(
    api.POST('/api/coding/interviews/{interview_id}/questions/{question_id}/submissions', {
      params: { path: { interview_id: interviewId, question_id: questionId } },
      body: { code, language },
    }),
  );
}

export function submitCodeMutationOptions() {
  return mutationOptions({ mutationKey: ['coding', 'submit'], mutationFn: submitCode });
}

/** After a submission the question (score, hints) and the interview (the follow-up is asked next) change. */
export function useSubmitCode() {
  const queryClient = useQueryClient();
  return useMutation({
    ...submitCodeMutationOptions(),
    onSuccess: async (_submission, input) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: codingQuestionQueryKey(input) }),
        queryClient.invalidateQueries({ queryKey: ['interviews', 'detail', input.interviewId] }),
      ]);
    },
  });
}
