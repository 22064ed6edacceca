import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type CoachComment = components['schemas']['CommentRead'];

export function getComments(interviewId: string): Promise<CoachComment[]> {
  return unwrap(
    api.GET('/api/interviews/{interview_id}/comments', { params: { path: { interview_id: interviewId } } }),
  ).then((list) => list.items);
}

export const commentsQueryKey = (interviewId: string) => ['results', interviewId, 'comments'] as const;

export function getCommentsQueryOptions(interviewId: string) {
  return queryOptions({ queryKey: commentsQueryKey(interviewId), queryFn: () => getComments(interviewId) });
}

/** What coaches said through share links, oldest first. */
export function useComments(interviewId: string) {
  return useQuery(getCommentsQueryOptions(interviewId));
}
