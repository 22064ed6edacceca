import type { Chapter, Marker, Recording, TranscriptLine } from '../api/recording-types';

/** Sound only: as found by processing when known, else by the recorded MIME type. */
export function isAudioOnly(recording: Pick<Recording, 'has_video' | 'mime_type'>): boolean {
  return recording.has_video === null ? recording.mime_type.startsWith('audio/') : !recording.has_video;
}

/** The line whose [start_s, end_s) holds the time, or -1. */
export function activeLineIndex(lines: TranscriptLine[], time: number): number {
  return lines.findIndex((line) => time >= line.start_s && time < line.end_s);
}

/** The chapter being played: the last one started, until its end when it has one. */
export function activeChapterIndex(chapters: Chapter[], time: number): number {
  for (let index = chapters.length - 1; index >= 0; index -= 1) {
    const chapter = chapters[index]!;
    if (time >= chapter.start_s) return chapter.end_s === null || time < chapter.end_s ? index : -1;
  }
  return -1;
}

/** Where each question's answer starts: from the transcript's chapters, else the recording's markers. */
export function answerStarts(chapters: Chapter[] | undefined, markers: Marker[]): Map<string, number> {
  if (chapters && chapters.length > 0)
    return new Map(chapters.map((chapter) => [chapter.question_id, chapter.start_s]));
  return new Map(markers.map((marker) => [marker.question_id, marker.started_at_s]));
}

/** "1:05", "1:02:03". */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}

/** "2 minutes 5 seconds", for screen readers and captions. */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(total / 60);
  const secs = total % 60;
  const parts = [];
  if (minutes > 0) parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  if (secs > 0 || minutes === 0) parts.push(`${secs} ${secs === 1 ? 'second' : 'seconds'}`);
  return parts.join(' ');
}

export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Start playing; a browser may refuse (autoplay policy), which leaves the player paused at the right place. */
export function playFrom(media: HTMLMediaElement, seconds: number) {
  media.currentTime = seconds;
  Promise.resolve(media.play()).catch(() => undefined);
}
