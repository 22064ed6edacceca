import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type CodingQuestion = components['schemas']['CodingQuestionRead'];
export type CodingProblem = components['schemas']['ProblemPublic'];
export type CodingLanguage = CodingQuestion['language'];
export type Submission = components['schemas']['SubmissionRead'];

export interface QuestionRef {
  interviewId: string;
  questionId: string;
}

export function getCodingQuestion({ interviewId, questionId }: QuestionRef): Promise<CodingQuestion> {
  return unwrap(
    api.GET('/api/coding/interviews/{interview_id}/questions/{question_id}', {
      params: { path: { interview_id: interviewId, question_id: questionId } },
    }),
  );
}

export const codingQuestionQueryKey = ({ interviewId, questionId }: QuestionRef) =>
  ['coding', 'question', interviewId, questionId] as const;

export function getCodingQuestionQueryOptions(ref: QuestionRef) {
  return queryOptions({ queryKey: codingQuestionQueryKey(ref), queryFn: () => getCodingQuestion(ref) });
}

export function useCodingQuestion(ref: QuestionRef) {
  return useQuery(getCodingQuestionQueryOptions(ref));
}
