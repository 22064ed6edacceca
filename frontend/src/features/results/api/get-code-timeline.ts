import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type CodeTimeline = components['schemas']['SnapshotList'];
export type CodeSnapshot = components['schemas']['Snapshot'];

/** The editor's saved states for a coding question, oldest first, with the server's times. */
export function getCodeTimeline(interviewId: string, questionId: string): Promise<CodeTimeline> {
  return unwrap(
    api.GET('/api/coding/interviews/{interview_id}/questions/{question_id}/snapshots', {
      params: { path: { interview_id: interviewId, question_id: questionId } },
    }),
  );
}

export function getCodeTimelineQueryOptions(interviewId: string, questionId: string) {
  return queryOptions({
    queryKey: ['coding', 'timeline', interviewId, questionId] as const,
    queryFn: () => getCodeTimeline(interviewId, questionId),
  });
}

export function useCodeTimeline(interviewId: string, questionId: string) {
  return useQuery(getCodeTimelineQueryOptions(interviewId, questionId));
}
