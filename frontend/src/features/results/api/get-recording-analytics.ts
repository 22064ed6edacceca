import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import { isInterviewLive } from '@/lib/interview-events';

import { LIVE_FALLBACK_POLL_MS } from './get-interview-recordings';
import type { AnalysisStatus, RecordingAnalytics } from './recording-types';

export const ANALYTICS_POLL_MS = 2000;
/** "none" right after finalizing, until the analysis is queued; given up on after a few minutes. */
const NOT_STARTED_POLL_MS = 5000;
const NOT_STARTED_MAX_POLLS = 60;

export async function getRecordingAnalytics(recordingId: string): Promise<RecordingAnalytics> {
  return unwrap(
    api.GET('/api/recordings/{recording_id}/analytics', { params: { path: { recording_id: recordingId } } }),
  );
}

export function isAnalysisBusy(status: AnalysisStatus | undefined): boolean {
  return status === 'queued' || status === 'running';
}

export const recordingAnalyticsQueryKey = (recordingId: string) => ['recordings', recordingId, 'analytics'] as const;

/** Polled while the analysis is queued or running; slowly when live events bring the progress. */
export function getRecordingAnalyticsQueryOptions({
  recordingId,
  interviewId,
}: {
  recordingId: string;
  interviewId: string;
}) {
  return queryOptions({
    queryKey: recordingAnalyticsQueryKey(recordingId),
    queryFn: () => getRecordingAnalytics(recordingId),
    staleTime: 0,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      if (status === 'none') return query.state.dataUpdateCount < NOT_STARTED_MAX_POLLS ? NOT_STARTED_POLL_MS : false;
      if (!isAnalysisBusy(status)) return false;
      return isInterviewLive(interviewId) ? LIVE_FALLBACK_POLL_MS : ANALYTICS_POLL_MS;
    },
  });
}

export function useRecordingAnalytics(params: { recordingId: string; interviewId: string }) {
  return useQuery(getRecordingAnalyticsQueryOptions(params));
}
