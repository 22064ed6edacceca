import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { recordingQueryKey, type Recording } from './get-recording';

export interface FinalizeRecordingInput {
  recordingId: string;
  totalChunks: number;
  durationS?: number;
}

/** Closes the recording; 409 `recording_incomplete` lists the missing seqs in `details.missing`. */
export function finalizeRecording({ recordingId, totalChunks, durationS }: FinalizeRecordingInput): Promise<Recording> {
  return unwrap(
    api.POST('/api/recordings/{recording_id}/finalize', {
      params: { path: { recording_id: recordingId } },
      body: { total_chunks: totalChunks, duration_s: durationS },
    }),
  );
}

export function finalizeRecordingMutationOptions() {
  return mutationOptions({ mutationKey: ['recordings', 'finalize'], mutationFn: finalizeRecording });
}

/** For one-off use; the upload queue finalizes after it has drained. */
export function useFinalizeRecording() {
  const queryClient = useQueryClient();
  return useMutation({
    ...finalizeRecordingMutationOptions(),
    onSuccess: (recording) => queryClient.setQueryData(recordingQueryKey(recording.id), recording),
  });
}
