import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { recordingQueryKey, type Recording, type RecordingSource } from './get-recording';

export interface CreateRecordingInput {
  interviewId: string;
  mimeType: string;
  /** The camera (the default) or a shared screen, recorded as its own stream. */
  source?: RecordingSource;
}

/** Starts the interview's recording of that source, or returns the open one with that MIME type (a reload resumes it). */
export function createRecording({
  interviewId,
  mimeType,
  source = 'camera',
}: CreateRecordingInput): Promise<Recording> {
  return unwrap(api.POST('/api/recordings', { body: { interview_id: interviewId, mime_type: mimeType, source } }));
}

export function createRecordingMutationOptions() {
  return mutationOptions({ mutationKey: ['recordings', 'create'], mutationFn: createRecording });
}

export function useCreateRecording() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createRecordingMutationOptions(),
    onSuccess: (recording) => queryClient.setQueryData(recordingQueryKey(recording.id), recording),
  });
}
