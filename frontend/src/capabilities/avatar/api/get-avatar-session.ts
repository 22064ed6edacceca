import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type AvatarSession = components['schemas']['AvatarSessionRead'];
export type AvatarClip = components['schemas']['AvatarClipRead'];
export type AvatarProvider = AvatarSession['provider'];

/** POST /api/interviews/{id}/avatar: idempotent, so it is read like a query (cached, deduplicated). */
export function getAvatarSession(interviewId: string): Promise<AvatarSession> {
  return unwrap(api.POST('/api/interviews/{interview_id}/avatar', { params: { path: { interview_id: interviewId } } }));
}

export const avatarSessionQueryKey = (interviewId: string) => ['interviews', 'avatar', interviewId] as const;

export function getAvatarSessionQueryOptions(interviewId: string) {
  return queryOptions({
    queryKey: avatarSessionQueryKey(interviewId),
    queryFn: () => getAvatarSession(interviewId),
    // One call per interview: a failure falls back to the browser avatar rather than retrying.
    staleTime: Infinity,
    retry: false,
  });
}

export function useAvatarSession(interviewId: string) {
  return useQuery(getAvatarSessionQueryOptions(interviewId));
}
