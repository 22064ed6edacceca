import { useCallback, useState } from 'react';

import { useMediaStream } from '@/capabilities/recordings/hooks/use-media-stream';
import { useRecordingSession } from '@/capabilities/recordings/hooks/use-recording-session';
import { useScreenShare } from '@/capabilities/recordings/hooks/use-screen-share';
import { loadMediaPreferences } from '@/capabilities/recordings/lib/media-preferences';
import type { MediaMode } from '@/capabilities/recordings/lib/media-mode';

import { useQuestionMarkers } from './use-question-markers';

/** What the answer form needs to record takes and caption them. */
export interface VoiceAnswerMedia {
  stream: MediaStream;
  mimeType: string | null;
  kind: 'video' | 'audio';
  /** A new take of the shown question began (Re-record): mark its new start. */
  onRetake: () => void;
  /** Where live captions are shared, for anyone watching the interview. */
  interviewId: string;
  questionId: string | undefined;
}

/**
 * The room's media in the mode chosen (devices from the device check): the stream, the
 * continuous recording and the question markers. A change of mode remounts the room.
 */
export function useRoomMedia(interviewId: string, questionId: string | null, chosen: MediaMode) {
  const [preferences] = useState(() => loadMediaPreferences(interviewId));
  const media = useMediaStream({
    mode: chosen,
    videoDeviceId: preferences?.videoDeviceId,
    audioDeviceId: preferences?.audioDeviceId,
    fallbackToAudio: true,
  });
  const { stream } = media;
  const kind = stream ? (stream.getVideoTracks().length > 0 ? 'video' : 'audio') : null;
  const session = useRecordingSession({ interviewId, mode: chosen === 'typed' ? null : (kind ?? chosen), stream });
  // The optional shared screen (coding rounds): its own recording beside the camera's.
  const screen = useScreenShare(interviewId);
  const markers = useQuestionMarkers({
    recordingId: session.recordingId,
    currentS: session.currentS,
    questionId,
    known: session.markers,
  });
  const { start } = markers;

  const onRetake = useCallback(() => {
    if (questionId) start(questionId);
  }, [questionId, start]);

  const voice: VoiceAnswerMedia | undefined =
    stream && kind
      ? { stream, mimeType: session.mimeType, kind, onRetake, interviewId, questionId: questionId ?? undefined }
      : undefined;
  return { chosen, media, session, screen, markers, voice, recordingId: session.recordingId };
}

export type RoomMedia = ReturnType<typeof useRoomMedia>;
