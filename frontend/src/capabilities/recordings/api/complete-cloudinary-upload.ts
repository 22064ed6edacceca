import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';

import { recordingQueryKey, type Recording } from './get-recording';

/** Tells the server the browser's Cloudinary upload of the recording is done. */
export function completeCloudinaryUpload({
  recordingId,
  publicId,
}: {
  recordingId: string;
  publicId: string;
}): Promise<Recording> {
  return unwrap(
    api.POST('/api/recordings/{recording_id}/cloudinary/complete', {
      params: { path: { recording_id: recordingId } },
      body: { public_id: publicId },
    }),
  );
}

export function completeCloudinaryUploadMutationOptions() {
  return mutationOptions({ mutationKey: ['recordings', 'cloudinary-complete'], mutationFn: completeCloudinaryUpload });
}

export function useCompleteCloudinaryUpload() {
  const queryClient = useQueryClient();
  return useMutation({
    ...completeCloudinaryUploadMutationOptions(),
    onSuccess: (recording) => queryClient.setQueryData(recordingQueryKey(recording.id), recording),
  });
}
