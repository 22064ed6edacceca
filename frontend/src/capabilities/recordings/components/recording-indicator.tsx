import { useUploadStatus } from '../hooks/use-upload-status';
import type { UploadSnapshot } from '../lib/upload-queue';
import { describeUploads } from '../lib/upload-status-text';

const clock = (seconds: number) => {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
};

/** Parts or a finalize waiting on a failed try. */
const isStalled = ({ pending, finalizing, offline, retrying }: UploadSnapshot) =>
  (pending > 0 || finalizing > 0) && (offline || retrying);

/** What a screen reader hears: only changes in health, not every part sent every few seconds. */
function announcement(uploads: UploadSnapshot): string {
  if (uploads.error) return `Recording not saved: ${uploads.error}`;
  if (!isStalled(uploads)) return 'Recording is being saved.';
  return uploads.offline
    ? 'Offline. Recorded parts are kept in this browser and will be retried.'
    : 'The server is not answering. Recorded parts are kept and will be retried.';
}

interface RecordingIndicatorProps {
  /** Recording now (the red dot), else only the upload health. */
  recording: boolean;
  elapsedS: number;
}

/** REC dot with the time recorded, and how the upload is doing: "Recording · all parts saved", "Uploading 2 parts…". */
export function RecordingIndicator({ recording, elapsedS }: RecordingIndicatorProps) {
  const uploads = useUploadStatus();
  const healthy = !uploads.error && !isStalled(uploads);
  const health = describeUploads(uploads);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      {recording ? (
        <span className="inline-flex items-center gap-1.5 font-semibold text-red-700">
          <span aria-hidden="true" className="size-2.5 animate-pulse rounded-full bg-red-600" />
          <span aria-hidden="true">REC</span>
          <span className="sr-only">Recording for</span>
          <span className="font-mono font-normal text-neutral-700">{clock(elapsedS)}</span>
        </span>
      ) : null}
      <span className={healthy ? 'text-neutral-700' : 'font-medium text-amber-800'}>
        {recording ? `Recording · ${health}` : health.charAt(0).toUpperCase() + health.slice(1)}
      </span>
      <span role="status" aria-live="polite" className="sr-only">
        {announcement(uploads)}
      </span>
    </div>
  );
}
