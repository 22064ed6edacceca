import { toast } from 'sonner';

import type { UploadQueue } from './upload-queue';
import { describeRemaining } from './upload-status-text';

/**
 * Finalizes in the background and keeps a toast on its progress, wherever the candidate goes next
 * (the results page): "Uploading 3 remaining parts…", then saved, or what went wrong.
 */
export function finalizeWithToast(queue: UploadQueue, recordingId: string, durationS: number): Promise<void> {
  const id = `recording-upload-${recordingId}`;
  const show = () => toast.loading(describeRemaining(queue.getSnapshot()), { id, duration: Infinity });
  show();
  const unsubscribe = queue.subscribe(show);
  return queue.requestFinalize(recordingId, durationS).then(
    () => {
      unsubscribe();
      toast.success('Your recording is saved.', { id, duration: 4000 });
    },
    (error: unknown) => {
      unsubscribe();
      const message = error instanceof Error ? error.message : 'The recording could not be saved.';
      toast.error(`Your recording was not saved completely: ${message} What was recorded is kept in this browser.`, {
        id,
        duration: Infinity,
      });
    },
  );
}
