import type { CodeSnapshot } from '../api/get-code-timeline';
import type { Recording } from '../api/recording-types';

/** A saved state of the editor, placed on the clock of a recording. */
export interface TimelineEntry {
  snapshot: CodeSnapshot;
  /** Seconds into the recording when it was saved (negative: before the recording began). */
  atS: number;
}

/**
 * Both times are the server's (the snapshot's `taken_at` and the recording's `created_at`, when
 * the browser opened it and began recording), so the browser's clock plays no part.
 */
export function secondsInto(recording: Pick<Recording, 'created_at'>, takenAt: string): number {
  return (Date.parse(takenAt) - Date.parse(recording.created_at)) / 1000;
}

export function placeSnapshots(
  snapshots: CodeSnapshot[],
  recording: Pick<Recording, 'created_at'> | null,
): TimelineEntry[] {
  const ordered = [...snapshots].sort((a, b) => a.seq - b.seq);
  return ordered.map((snapshot) => ({
    snapshot,
    atS: recording ? secondsInto(recording, snapshot.taken_at) : (snapshot.elapsed_s ?? 0),
  }));
}

/** The code as it was at `timeS`: the last entry saved by then, or -1 before the first. */
export function activeEntryIndex(entries: TimelineEntry[], timeS: number): number {
  let found = -1;
  entries.forEach((entry, index) => {
    if (entry.atS <= timeS + 0.05) found = index;
  });
  return found;
}

/** Where a recording should play to show a moment of another's clock (both on the server's clock). */
export function alignedTime(
  from: Pick<Recording, 'created_at'>,
  timeS: number,
  to: Pick<Recording, 'created_at'>,
): number {
  const wall = Date.parse(from.created_at) + timeS * 1000;
  return Math.max(0, (wall - Date.parse(to.created_at)) / 1000);
}

const EVENTS: Record<CodeSnapshot['event'], string> = { edit: 'Edited', run: 'Ran the examples', submit: 'Submitted' };

export function eventLabel(event: CodeSnapshot['event']): string {
  return EVENTS[event];
}

/** Move a player to a moment without starting it. */
export function seekMedia(media: HTMLMediaElement, seconds: number) {
  media.currentTime = Math.max(0, seconds);
}
