import { useCallback, useEffect, useRef, useState } from 'react';

import { describeScreenShareError, noDisplayMediaError } from '../lib/screen-share-errors';
import { useRecordingSession } from './use-recording-session';

export type ScreenShareState = 'off' | 'asking' | 'sharing';

function requestDisplay(): Promise<MediaStream> {
  const devices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (typeof devices?.getDisplayMedia !== 'function') return Promise.reject(noDisplayMediaError());
  return devices.getDisplayMedia({ video: true, audio: false });
}

/**
 * The candidate's optional screen share: asked for with getDisplayMedia, recorded as its own
 * recording (source "screen") with the same stored, loss-free upload as the camera. Stopping,
 * the browser's "Stop sharing" or finish() ends it and finalizes what was recorded.
 */
export function useScreenShare(interviewId: string) {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const session = useRecordingSession({ interviewId, mode: stream ? 'video' : null, stream, source: 'screen' });
  const { finish: finishSession } = session;
  const streamRef = useRef<MediaStream | null>(null);

  const stop = useCallback(async () => {
    const current = streamRef.current;
    if (!current) return;
    streamRef.current = null;
    await finishSession();
    current.getTracks().forEach((track) => track.stop());
    setStream(null);
  }, [finishSession]);

  // The browser's own "Stop sharing" (or the shared window closing) ends the video track.
  useEffect(() => {
    const track = stream?.getVideoTracks()[0];
    if (!track) return undefined;
    const onEnded = () => void stop();
    track.addEventListener('ended', onEnded);
    return () => track.removeEventListener('ended', onEnded);
  }, [stream, stop]);

  const start = useCallback(async () => {
    if (streamRef.current || asking) return;
    setAsking(true);
    setError(null);
    try {
      const display = await requestDisplay();
      streamRef.current = display;
      setStream(display);
    } catch (reason) {
      setError(describeScreenShareError(reason));
    } finally {
      setAsking(false);
    }
  }, [asking]);

  // Leaving the room stops the capture (the recorder stores its last part as it unmounts).
  useEffect(
    () => () => {
      streamRef.current?.getTracks().forEach((track) => track.stop());
    },
    [],
  );

  const toggle = useCallback(() => (streamRef.current ? stop() : start()), [start, stop]);

  const state: ScreenShareState = stream ? 'sharing' : asking ? 'asking' : 'off';
  return { state, error, stream, recordingStatus: session.status, elapsedS: session.elapsedS, toggle, finish: stop };
}

export type ScreenShare = ReturnType<typeof useScreenShare>;
