import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { interviewRecordingsQueryKey } from './get-interview-recordings';

export function deleteRecording(recordingId: string): Promise<void> {
  return unwrap(api.DELETE('/api/recordings/{recording_id}', { params: { path: { recording_id: recordingId } } }));
}

export function deleteRecordingMutationOptions() {
  return mutationOptions({ mutationKey: ['recordings', 'delete'], mutationFn: deleteRecording });
}

export function useDeleteRecording(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    ...deleteRecordingMutationOptions(),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: interviewRecordingsQueryKey(interviewId) });
    },
  });
}
