import { useEffect } from 'react';

import { canStoreChunks, getUploadQueue } from '../lib/recording-uploads';

/**
 * Re-sends recording parts an earlier visit left in IndexedDB (tab closed, server down) and
 * finishes a pending finalize. Safe to call from many places: the queue is created once.
 */
export function useResumePendingUploads() {
  useEffect(() => {
    if (canStoreChunks()) getUploadQueue();
  }, []);
}
