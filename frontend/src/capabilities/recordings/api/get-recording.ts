import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type Recording = components['schemas']['RecordingRead'];
export type Marker = components['schemas']['MarkerRead'];
export type RecordingSource = components['schemas']['RecordingSource'];

export function getRecording(recordingId: string): Promise<Recording> {
  return unwrap(api.GET('/api/recordings/{recording_id}', { params: { path: { recording_id: recordingId } } }));
}

export const recordingQueryKey = (recordingId: string) => ['recordings', 'detail', recordingId] as const;

export function getRecordingQueryOptions(recordingId: string) {
  return queryOptions({ queryKey: recordingQueryKey(recordingId), queryFn: () => getRecording(recordingId) });
}

export function useRecording(recordingId: string) {
  return useQuery(getRecordingQueryOptions(recordingId));
}
