import { mutationOptions, useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type CloudinarySignature = components['schemas']['SignedUpload'];

/** A signed upload for the browser to post the finalized recording to Cloudinary itself. */
export function getCloudinarySignature(recordingId: string): Promise<CloudinarySignature> {
  return unwrap(
    api.POST('/api/recordings/{recording_id}/cloudinary/signature', {
      params: { path: { recording_id: recordingId } },
    }),
  );
}

export function getCloudinarySignatureMutationOptions() {
  return mutationOptions({ mutationKey: ['recordings', 'cloudinary-signature'], mutationFn: getCloudinarySignature });
}

/** For one-off use; the upload queue asks for a fresh signature on every try. */
export function useCloudinarySignature() {
  return useMutation(getCloudinarySignatureMutationOptions());
}
