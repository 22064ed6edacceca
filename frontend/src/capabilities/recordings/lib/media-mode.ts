/** How the candidate answers: on camera, out loud without video, or by typing (no media at all). */
export type MediaMode = 'video' | 'audio' | 'typed';

/** A mode that records. */
export type RecordingMode = Exclude<MediaMode, 'typed'>;

export const MEDIA_MODE_LABELS: Record<MediaMode, string> = {
  video: 'Video',
  audio: 'Audio only',
  typed: 'Typed only',
};
