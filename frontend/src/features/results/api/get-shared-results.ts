import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';
import { env } from '@/config/env';

export type SharedResults = components['schemas']['SharedResults'];
export type SharedVideo = components['schemas']['SharedVideo'];

/** The results behind a share link (no sign-in); a local video's link made absolute. */
export async function getSharedResults(token: string): Promise<SharedResults> {
  const shared = await unwrap(api.GET('/api/shared/{token}', { params: { path: { token } } }));
  if (!shared.video) return shared;
  const url = new URL(shared.video.playback.url, env.API_URL || window.location.origin).toString();
  return { ...shared, video: { ...shared.video, playback: { ...shared.video.playback, url } } };
}

export const sharedResultsQueryKey = (token: string) => ['shared', token] as const;

export function getSharedResultsQueryOptions(token: string) {
  return queryOptions({
    queryKey: sharedResultsQueryKey(token),
    queryFn: () => getSharedResults(token),
    // A refused link (404, 410) stays refused: asking again changes nothing.
    retry: false,
    refetchOnWindowFocus: false,
  });
}

export function useSharedResults(token: string) {
  return useQuery(getSharedResultsQueryOptions(token));
}
