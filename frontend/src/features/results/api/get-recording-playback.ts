import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import { env } from '@/config/env';

import type { Playback } from './recording-types';

/** Fetch a new signed URL this long before the current one expires (at most a fifth of its life). */
const REFRESH_MARGIN_MS = 60_000;
const MIN_REFRESH_MS = 5_000;

/** The link, made absolute: a local recording's is a path on the API, which may be another origin. */
export async function getRecordingPlayback(recordingId: string): Promise<Playback> {
  const playback = await unwrap(
    api.GET('/api/recordings/{recording_id}/playback', { params: { path: { recording_id: recordingId } } }),
  );
  return { ...playback, url: new URL(playback.url, env.API_URL || window.location.origin).toString() };
}

/** Milliseconds until the URL should be replaced; Infinity for a link that does not expire. */
export function playbackRefreshIn(playback: Playback | undefined, fetchedAt: number, now = Date.now()): number {
  if (!playback) return 0;
  if (playback.expires_at === null) return Infinity;
  const expiresAt = Date.parse(playback.expires_at);
  if (Number.isNaN(expiresAt)) return MIN_REFRESH_MS;
  const margin = Math.min(REFRESH_MARGIN_MS, (expiresAt - fetchedAt) / 5);
  return Math.max(MIN_REFRESH_MS, expiresAt - margin - now);
}

export const recordingPlaybackQueryKey = (recordingId: string) => ['recordings', recordingId, 'playback'] as const;

export function getRecordingPlaybackQueryOptions(recordingId: string) {
  return queryOptions({
    queryKey: recordingPlaybackQueryKey(recordingId),
    queryFn: () => getRecordingPlayback(recordingId),
    staleTime: (query) => playbackRefreshIn(query.state.data, query.state.dataUpdatedAt),
    refetchInterval: (query) => {
      const refreshIn = playbackRefreshIn(query.state.data, query.state.dataUpdatedAt);
      return query.state.data && Number.isFinite(refreshIn) ? refreshIn : false;
    },
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: true,
  });
}

export function useRecordingPlayback(recordingId: string) {
  return useQuery(getRecordingPlaybackQueryOptions(recordingId));
}
