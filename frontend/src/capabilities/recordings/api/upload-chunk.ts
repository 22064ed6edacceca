import { mutationOptions, useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export interface UploadChunkInput {
  recordingId: string;
  seq: number;
  data: ArrayBuffer | Blob;
}

export type ChunkReceipt = components['schemas']['ChunkReceipt'];

/** PUTs one part's raw bytes; the same seq twice is stored once. Goes through the auth middleware. */
export function uploadChunk({ recordingId, seq, data }: UploadChunkInput): Promise<ChunkReceipt> {
  return unwrap(
    api.PUT('/api/recordings/{recording_id}/chunks/{seq}', {
      params: { path: { recording_id: recordingId, seq } },
      // The schema calls raw bytes a string; the body goes out as is, not JSON-encoded.
      body: data as unknown as string,
      bodySerializer: (body) => body as unknown as BodyInit,
      headers: { 'Content-Type': 'application/octet-stream' },
    }),
  );
}

export function uploadChunkMutationOptions() {
  return mutationOptions({ mutationKey: ['recordings', 'chunk'], mutationFn: uploadChunk });
}

/** For one-off uploads; the recorder goes through the persistent upload queue instead. */
export function useUploadChunk() {
  return useMutation(uploadChunkMutationOptions());
}
