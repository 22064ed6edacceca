import type { MediaMode } from './media-mode';

export interface MediaPreferences {
  mode: MediaMode;
  videoDeviceId: string | null;
  audioDeviceId: string | null;
}

const PREFIX = 'rehearse.media';
const keyFor = (interviewId?: string) => `${PREFIX}.${interviewId ?? 'default'}`;

function isPreferences(value: unknown): value is MediaPreferences {
  if (typeof value !== 'object' || value === null) return false;
  const { mode } = value as Partial<MediaPreferences>;
  return mode === 'video' || mode === 'audio' || mode === 'typed';
}

function read(key: string): MediaPreferences | null {
  try {
    const raw = localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return isPreferences(parsed)
      ? { mode: parsed.mode, videoDeviceId: parsed.videoDeviceId ?? null, audioDeviceId: parsed.audioDeviceId ?? null }
      : null;
  } catch {
    return null;
  }
}

/** The interview's choice, else the last choice made on the standalone device check, else none. */
export function loadMediaPreferences(interviewId?: string): MediaPreferences | null {
  return (interviewId ? read(keyFor(interviewId)) : null) ?? read(keyFor());
}

/** Saves for the interview and (unless `asDefault` is false) as the default for the next ones. */
export function saveMediaPreferences(preferences: MediaPreferences, interviewId?: string, { asDefault = true } = {}) {
  try {
    const value = JSON.stringify(preferences);
    if (interviewId) localStorage.setItem(keyFor(interviewId), value);
    if (asDefault || !interviewId) localStorage.setItem(keyFor(), value);
  } catch {
    // Storage unavailable: the room falls back to typed answers.
  }
}
