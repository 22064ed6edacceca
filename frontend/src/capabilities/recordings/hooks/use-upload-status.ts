import { useSyncExternalStore } from 'react';

import { getUploadQueue } from '../lib/recording-uploads';
import type { UploadSnapshot } from '../lib/upload-queue';

/** The upload queue's state, for the health indicator. */
export function useUploadStatus(): UploadSnapshot {
  const queue = getUploadQueue();
  return useSyncExternalStore(queue.subscribe, queue.getSnapshot);
}
