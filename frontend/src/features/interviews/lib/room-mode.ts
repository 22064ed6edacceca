import { loadMediaPreferences, saveMediaPreferences } from '@/capabilities/recordings/lib/media-preferences';
import type { MediaMode } from '@/capabilities/recordings/lib/media-mode';

/** How this interview is answered: as chosen on the device check, else on video (the room falls back when no camera works). */
export function roomMode(interviewId: string): MediaMode {
  return loadMediaPreferences(interviewId)?.mode ?? 'video';
}

/** A switch made in the room or on its start screen, for this interview only (devices kept). */
export function saveRoomMode(interviewId: string, mode: MediaMode) {
  const saved = loadMediaPreferences(interviewId);
  saveMediaPreferences(
    { mode, videoDeviceId: saved?.videoDeviceId ?? null, audioDeviceId: saved?.audioDeviceId ?? null },
    interviewId,
    { asDefault: false },
  );
}
