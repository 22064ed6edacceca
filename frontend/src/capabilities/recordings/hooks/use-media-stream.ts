import { useEffect, useState } from 'react';

import { describeMediaError, errorName, noMediaDevicesError, type MediaProblem } from '../lib/media-errors';
import type { MediaMode } from '../lib/media-mode';

export type StreamStatus = 'idle' | 'starting' | 'ready' | 'error';

interface StreamRequest {
  mode: MediaMode;
  videoDeviceId?: string | null;
  audioDeviceId?: string | null;
  /** No camera: settle for the microphone alone (the stream then has no video track). */
  fallbackToAudio?: boolean;
}

const deviceConstraint = (deviceId?: string | null): MediaTrackConstraints | true =>
  deviceId ? { deviceId: { exact: deviceId } } : true;

function isMissingDevice(error: unknown) {
  return ['NotFoundError', 'OverconstrainedError', 'DevicesNotFoundError'].includes(errorName(error));
}

/** Asks for the devices, falling back to any device when a saved one is gone. */
export async function openMediaStream({
  mode,
  videoDeviceId,
  audioDeviceId,
  fallbackToAudio = false,
}: StreamRequest): Promise<MediaStream> {
  const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (!media?.getUserMedia) throw noMediaDevicesError();
  const ask = (video: boolean, exact: boolean) =>
    media.getUserMedia({
      video: video ? deviceConstraint(exact ? videoDeviceId : null) : false,
      audio: deviceConstraint(exact ? audioDeviceId : null),
    });
  const wantsVideo = mode === 'video';
  try {
    return await ask(wantsVideo, true);
  } catch (error) {
    if (!isMissingDevice(error)) throw error;
    if (videoDeviceId || audioDeviceId) {
      try {
        return await ask(wantsVideo, false);
      } catch (retryError) {
        if (!isMissingDevice(retryError)) throw retryError;
      }
    }
    if (wantsVideo && fallbackToAudio) return ask(false, false);
    throw error;
  }
}

export function stopStream(stream: MediaStream | null) {
  stream?.getTracks().forEach((track) => track.stop());
}

interface StreamResult {
  key: string;
  stream: MediaStream | null;
  error: unknown;
}

/** A camera/microphone stream for `mode` (none for typed), stopped when the request changes or on unmount. */
export function useMediaStream({
  mode,
  videoDeviceId = null,
  audioDeviceId = null,
  fallbackToAudio = false,
}: StreamRequest) {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<StreamResult | null>(null);
  const key = mode === 'typed' ? null : JSON.stringify([mode, videoDeviceId, audioDeviceId, fallbackToAudio, attempt]);

  useEffect(() => {
    if (!key) return undefined;
    let cancelled = false;
    let acquired: MediaStream | null = null;
    openMediaStream({ mode, videoDeviceId, audioDeviceId, fallbackToAudio }).then(
      (stream) => {
        if (cancelled) stopStream(stream);
        else {
          acquired = stream;
          setResult({ key, stream, error: null });
        }
      },
      (error: unknown) => {
        if (!cancelled) setResult({ key, stream: null, error });
      },
    );
    return () => {
      cancelled = true;
      stopStream(acquired);
    };
  }, [key, mode, videoDeviceId, audioDeviceId, fallbackToAudio]);

  const current = key && result?.key === key ? result : null;
  const status: StreamStatus = !key ? 'idle' : !current ? 'starting' : current.stream ? 'ready' : 'error';
  const problem: MediaProblem | null = current?.error ? describeMediaError(current.error) : null;
  return { stream: current?.stream ?? null, status, problem, retry: () => setAttempt((count) => count + 1) };
}
