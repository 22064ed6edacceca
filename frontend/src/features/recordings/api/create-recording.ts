import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { recordingQueryKey, type Recording } from './get-recording';

export interface CreateRecordingInput {
  interviewId: string;
  mimeType: string;
}

/** Starts the interview's recording, or returns the open one with that MIME type (a reload resumes it). */
export function createRecording({ interviewId, mimeType }: CreateRecordingInput): Promise<Recording> {
  return unwrap(api.POST('/api/recordings', { body: { interview_id: interviewId, mime_type: mimeType } }));
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
