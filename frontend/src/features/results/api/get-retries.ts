import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';
import { env } from '@/config/env';

export type Retry = components['schemas']['RetryRead'];
export type AttemptComparison = components['schemas']['AttemptComparison'];

/** While a retry is being evaluated the list is read again this often. */
export const RETRIES_POLL_MS = 1500;

/** A take's link made absolute: it is a path on the API, which may be another origin. */
function withAbsoluteMedia(retry: Retry): Retry {
  if (!retry.media) return retry;
  return {
    ...retry,
    media: { ...retry.media, url: new URL(retry.media.url, env.API_URL || window.location.origin).toString() },
  };
}

export async function getRetries(interviewId: string): Promise<Retry[]> {
  const list = await unwrap(
    api.GET('/api/interviews/{interview_id}/retries', { params: { path: { interview_id: interviewId } } }),
  );
  return list.items.map(withAbsoluteMedia);
}

export const retriesQueryKey = (interviewId: string) => ['results', interviewId, 'retries'] as const;

export function isEvaluating(retry: Retry) {
  return retry.evaluation_status === 'pending' || retry.evaluation_status === 'running';
}

export function getRetriesQueryOptions(interviewId: string) {
  return queryOptions({
    queryKey: retriesQueryKey(interviewId),
    queryFn: () => getRetries(interviewId),
    refetchInterval: (query) => ((query.state.data ?? []).some(isEvaluating) ? RETRIES_POLL_MS : false),
  });
}

/** Every retried question of the interview, each beside the attempt before it. */
export function useRetries(interviewId: string) {
  return useQuery(getRetriesQueryOptions(interviewId));
}
