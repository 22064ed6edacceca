import type { UploadSnapshot } from './upload-queue';

const parts = (count: number) => `${count} ${count === 1 ? 'part' : 'parts'}`;

/** One line on the upload's health: "all parts saved", "Uploading 2 parts…", "Offline — 5 parts waiting, will retry". */
export function describeUploads(snapshot: UploadSnapshot): string {
  const { pending, offline, retrying, error, cloudProgress, finalizing } = snapshot;
  if (error) return `Not saved: ${error}`;
  if (pending > 0 && offline) return `Offline — ${parts(pending)} waiting, will retry`;
  if (pending > 0 && retrying) return `Server not answering — ${parts(pending)} waiting, will retry`;
  if (pending > 0) return `Uploading ${parts(pending)}…`;
  if (cloudProgress !== null) return `Uploading your recording… ${Math.round(cloudProgress * 100)}%`;
  if (finalizing > 0) return retrying ? 'Saving your recording, will retry…' : 'Saving your recording…';
  return 'all parts saved';
}

/** The same for the finishing toast: counts what is left. */
export function describeRemaining(snapshot: UploadSnapshot): string {
  if (snapshot.pending > 0 && !snapshot.offline && !snapshot.retrying && !snapshot.error) {
    return `Uploading ${snapshot.pending} remaining ${snapshot.pending === 1 ? 'part' : 'parts'}…`;
  }
  const text = describeUploads(snapshot);
  return text === 'all parts saved' ? 'Saving your recording…' : text;
}
