import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import { isInterviewLive } from '@/lib/interview-events';

import type { Recording } from './recording-types';

export const RECORDING_POLL_MS = 2000;
/** With live events arriving, polling is only a safety net. */
export const LIVE_FALLBACK_POLL_MS = 15_000;

export function getInterviewRecordings(interviewId: string): Promise<Recording[]> {
  return unwrap(
    api.GET('/api/interviews/{interview_id}/recordings', { params: { path: { interview_id: interviewId } } }),
  );
}

/**
 * The camera recording to show: the newest ready or processing one, else the newest at all (still
 * uploading, or failed). A shared screen is played beside the code timeline instead.
 */
export function pickRecording(recordings: Recording[], source: Recording['source'] = 'camera'): Recording | null {
  const own = recordings.filter((recording) => recording.source === source);
  return own.find((recording) => recording.status === 'ready' || recording.status === 'processing') ?? own[0] ?? null;
}

export function isRecordingBusy(recording: Recording | null | undefined): boolean {
  return recording?.status === 'recording' || recording?.status === 'processing';
}

export const interviewRecordingsQueryKey = (interviewId: string) => ['recordings', 'interview', interviewId] as const;

export function getInterviewRecordingsQueryOptions(interviewId: string) {
  return queryOptions({
    queryKey: interviewRecordingsQueryKey(interviewId),
    queryFn: () => getInterviewRecordings(interviewId),
    staleTime: 0,
    refetchInterval: (query) => {
      const recordings = query.state.data ?? [];
      if (!isRecordingBusy(pickRecording(recordings)) && !isRecordingBusy(pickRecording(recordings, 'screen')))
        return false;
      return isInterviewLive(interviewId) ? LIVE_FALLBACK_POLL_MS : RECORDING_POLL_MS;
    },
  });
}

/** The interview's recording to play back, or null when it was not recorded. */
export function useInterviewRecording(interviewId: string) {
  return useQuery({ ...getInterviewRecordingsQueryOptions(interviewId), select: pickRecording });
}
