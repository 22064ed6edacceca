import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import type { RecordingTranscript } from './recording-types';

export function getRecordingTranscript(recordingId: string): Promise<RecordingTranscript> {
  return unwrap(
    api.GET('/api/recordings/{recording_id}/transcript', { params: { path: { recording_id: recordingId } } }),
  );
}

export const recordingTranscriptQueryKey = (recordingId: string) => ['recordings', recordingId, 'transcript'] as const;

export function getRecordingTranscriptQueryOptions(recordingId: string) {
  return queryOptions({
    queryKey: recordingTranscriptQueryKey(recordingId),
    queryFn: () => getRecordingTranscript(recordingId),
  });
}

export function useRecordingTranscript(recordingId: string) {
  return useQuery(getRecordingTranscriptQueryOptions(recordingId));
}
