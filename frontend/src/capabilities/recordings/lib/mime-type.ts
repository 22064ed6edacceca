import type { RecordingMode } from './media-mode';

/** In order of preference: webm on Chrome and Firefox, mp4 on Safari. */
export const VIDEO_MIME_TYPES = [
  'video/webm;codecs=vp9,opus',
  'video/webm;codecs=vp8,opus',
  'video/webm',
  'video/mp4',
] as const;
export const AUDIO_MIME_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4'] as const;

type IsTypeSupported = (mimeType: string) => boolean;

function browserSupport(): IsTypeSupported | null {
  if (typeof MediaRecorder === 'undefined' || typeof MediaRecorder.isTypeSupported !== 'function') return null;
  return (mimeType) => MediaRecorder.isTypeSupported(mimeType);
}

/** The first MIME type the browser can record for `mode`, or null when it cannot record at all. */
export function pickMimeType(
  mode: RecordingMode,
  isTypeSupported: IsTypeSupported | null = browserSupport(),
): string | null {
  if (!isTypeSupported) return null;
  const candidates = mode === 'video' ? VIDEO_MIME_TYPES : AUDIO_MIME_TYPES;
  return candidates.find((mimeType) => isTypeSupported(mimeType)) ?? null;
}

/** "video/webm;codecs=vp9,opus" → "video/webm": what a Blob of the recording is. */
export function containerType(mimeType: string): string {
  return mimeType.split(';')[0]?.trim() ?? mimeType;
}
