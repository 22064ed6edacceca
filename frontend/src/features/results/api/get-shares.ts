import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type ShareLink = components['schemas']['ShareLinkRead'];

export function getShares(interviewId: string): Promise<ShareLink[]> {
  return unwrap(
    api.GET('/api/interviews/{interview_id}/shares', { params: { path: { interview_id: interviewId } } }),
  ).then((list) => list.items);
}

export const sharesQueryKey = (interviewId: string) => ['results', interviewId, 'shares'] as const;

export function getSharesQueryOptions(interviewId: string) {
  return queryOptions({ queryKey: sharesQueryKey(interviewId), queryFn: () => getShares(interviewId) });
}

/** The candidate's share links for the interview, newest first. */
export function useShares(interviewId: string) {
  return useQuery(getSharesQueryOptions(interviewId));
}

/** The page a coach opens, on this site. */
export function shareUrl(token: string, origin = window.location.origin) {
  return `${origin}/shared/${encodeURIComponent(token)}`;
}
