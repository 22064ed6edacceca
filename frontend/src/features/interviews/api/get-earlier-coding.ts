import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import type { EarlierCoding } from '../lib/wizard-prefill';

/** The language and difficulty of an earlier interview's coding problem, for "Practise again". */
export async function getEarlierCoding(interviewId: string, questionId: string): Promise<EarlierCoding> {
  const question = await unwrap(
    api.GET('/api/coding/interviews/{interview_id}/questions/{question_id}', {
      params: { path: { interview_id: interviewId, question_id: questionId } },
    }),
  );
  return { language: question.language, difficulty: question.problem.difficulty };
}

export function getEarlierCodingQueryOptions(interviewId: string, questionId: string) {
  return queryOptions({
    queryKey: ['interviews', 'choices', 'coding', interviewId, questionId] as const,
    queryFn: () => getEarlierCoding(interviewId, questionId),
  });
}

/** Disabled (idle) when the earlier interview had no coding problem. */
export function useEarlierCoding(interviewId: string | null, questionId: string | null) {
  return useQuery({
    ...getEarlierCodingQueryOptions(interviewId ?? '', questionId ?? ''),
    enabled: Boolean(interviewId && questionId),
  });
}
