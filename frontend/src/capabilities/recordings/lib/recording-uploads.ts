import { completeCloudinaryUpload } from '../api/complete-cloudinary-upload';
import { finalizeRecording } from '../api/finalize-recording';
import { getCloudinarySignature } from '../api/get-cloudinary-signature';
import { getRecording } from '../api/get-recording';
import { uploadChunk } from '../api/upload-chunk';
import { createChunkStore } from './chunk-store';
import { uploadToCloudinary } from './cloudinary-upload';
import { createUploadQueue, type UploadQueue, type UploadTransport } from './upload-queue';

/** The queue's way to the API: the app's client, so tokens and their refresh work as everywhere. */
export const apiTransport: UploadTransport = {
  putChunk: (recordingId, seq, data) => uploadChunk({ recordingId, seq, data }),
  getRecording,
  finalize: finalizeRecording,
  async uploadToCloud(recordingId, file, onProgress) {
    const signature = await getCloudinarySignature(recordingId);
    await uploadToCloudinary(signature, file, onProgress);
    await completeCloudinaryUpload({ recordingId, publicId: signature.public_id });
  },
};

let queue: UploadQueue | null = null;

/**
 * The page's one upload queue. It lives outside React so uploads go on after the room unmounts
 * (on the results page); the first call re-sends what an earlier visit left in IndexedDB.
 */
export function getUploadQueue(): UploadQueue {
  if (!queue) {
    queue = createUploadQueue({ store: createChunkStore(), transport: apiTransport });
    void queue.resume().catch(() => undefined); // IndexedDB unavailable: nothing to resume.
    // Ask the browser not to evict stored parts under storage pressure (best effort).
    void navigator.storage?.persist?.().catch(() => false);
  }
  return queue;
}

/** Whether this browser can keep recording parts across a reload. */
export function canStoreChunks(): boolean {
  return typeof indexedDB !== 'undefined';
}
