import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { recordingQueryKey, type Recording } from './get-recording';

export interface AddMarkerInput {
  recordingId: string;
  questionId: string;
  startedAtS: number;
  endedAtS?: number | null;
}

/** Upserts the question's span in the recording: re-recording an answer sends a new start. */
export function addMarker({
  recordingId,
  questionId,
  startedAtS,
  endedAtS = null,
}: AddMarkerInput): Promise<Recording> {
  return unwrap(
    api.POST('/api/recordings/{recording_id}/markers', {
      params: { path: { recording_id: recordingId } },
      body: { question_id: questionId, started_at_s: startedAtS, ended_at_s: endedAtS },
    }),
  );
}

export function addMarkerMutationOptions() {
  // Markers are small and idempotent: retry network hiccups.
  return mutationOptions({ mutationKey: ['recordings', 'marker'], mutationFn: addMarker, retry: 3 });
}

export function useAddMarker() {
  const queryClient = useQueryClient();
  return useMutation({
    ...addMarkerMutationOptions(),
    onSuccess: (recording) => queryClient.setQueryData(recordingQueryKey(recording.id), recording),
  });
}
