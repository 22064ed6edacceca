import { useCallback, useEffect, useRef, useState } from 'react';
import { toast } from 'sonner';

import { errorMessage } from '@/lib/api-error';

import { useCreateRecording } from '../api/create-recording';
import type { Marker, RecordingSource } from '../api/get-recording';
import type { RecordingMode } from '../lib/media-mode';
import { pickMimeType } from '../lib/mime-type';
import { getUploadQueue } from '../lib/recording-uploads';
import { finalizeWithToast } from '../lib/upload-toast';
import { useMediaRecorder } from './use-media-recorder';

const STOP_TIMEOUT_MS = 3_000;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type SessionStatus = 'off' | 'starting' | 'recording' | 'finished' | 'error';

interface RecordingSessionOptions {
  interviewId: string;
  /** Null: typed answers, nothing recorded. */
  mode: RecordingMode | null;
  stream: MediaStream | null;
  /** The camera (default) or a shared screen: each is its own recording. */
  source?: RecordingSource;
}

/**
 * The interview's one continuous recording: created (or resumed after a reload) when the stream
 * is ready, every part stored in IndexedDB and uploaded by the queue, finalized by finish().
 * A new stream after finish() (the screen shared again) starts a new recording.
 */
export function useRecordingSession({ interviewId, mode, stream, source = 'camera' }: RecordingSessionOptions) {
  const create = useCreateRecording();
  const [recordingId, setRecordingId] = useState<string | null>(null);
  // The markers the server held when the recording was opened (a reload resumes them).
  const [markers, setMarkers] = useState<Marker[]>([]);
  const [failed, setFailed] = useState(false);
  // The stream finish() ended (undefined: not finished). The camera is finished for good; a
  // screen shared again later is a new stream, recorded anew.
  const [finishedStream, setFinishedStream] = useState<MediaStream | null | undefined>(undefined);
  const finished =
    finishedStream !== undefined &&
    (source === 'camera' || finishedStream === null || finishedStream === stream || stream === null);
  const appends = useRef(new Set<Promise<unknown>>());
  const idRef = useRef<string | null>(null);
  const mimeType = mode ? pickMimeType(mode) : null;

  const onChunk = useCallback((blob: Blob, recordedS: number) => {
    const id = idRef.current;
    if (!id) return;
    const stored = getUploadQueue()
      .append(id, blob, recordedS)
      .catch(() =>
        toast.error('A part of your recording could not be saved in this browser.', { id: 'recording-store' }),
      )
      .finally(() => appends.current.delete(stored));
    appends.current.add(stored);
  }, []);
  const recorder = useMediaRecorder({ onChunk });
  const { start, requestData } = recorder;
  const { mutateAsync: createRecording } = create;

  useEffect(() => {
    if (!stream || !mimeType || finished) return undefined;
    let cancelled = false;
    createRecording({ interviewId, mimeType, source })
      .then(async (recording) => {
        const session = await getUploadQueue().openSession(recording);
        if (cancelled) return;
        idRef.current = recording.id;
        setMarkers(recording.markers);
        setRecordingId(recording.id);
        start(stream, mimeType, session.recordedS);
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setFailed(true);
        toast.error(`Recording did not start: ${errorMessage(error)} You can still answer.`, { id: 'recording-start' });
      });
    return () => {
      cancelled = true;
    };
  }, [stream, mimeType, interviewId, source, finished, createRecording, start]);

  // The tab may be closed once hidden: store what is buffered now.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') requestData();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => document.removeEventListener('visibilitychange', onHide);
  }, [requestData]);

  /** Stops recording, stores the last part, and hands the upload and finalize to the background. */
  const finish = useCallback(async () => {
    setFinishedStream(stream); // Also keeps a recording still being created from starting now.
    const id = idRef.current;
    if (!id) return;
    const durationS = recorder.currentS();
    // Never hold the candidate back for long: a recorder that does not stop still had its parts stored.
    await Promise.race([recorder.stop().then(() => Promise.allSettled([...appends.current])), delay(STOP_TIMEOUT_MS)]);
    void finalizeWithToast(getUploadQueue(), id, durationS).catch(() => undefined);
  }, [recorder, stream]);

  let status: SessionStatus = 'off';
  if (finished) status = 'finished';
  else if (failed) status = 'error';
  else if (recorder.state === 'recording') status = 'recording';
  else if (mode && stream && mimeType) status = 'starting';

  return { status, recordingId, markers, mimeType, elapsedS: recorder.elapsedS, currentS: recorder.currentS, finish };
}
