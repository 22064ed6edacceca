import { useCallback, useEffect, useRef, useState } from 'react';

export const TIMESLICE_MS = 3_000;
/** Enough to show the container: WebM's 4-byte EBML magic, or MP4's box size and `ftyp`. */
export const MIN_FIRST_PART_BYTES = 8;

export type RecorderState = 'inactive' | 'recording';

interface MediaRecorderOptions {
  /** Called for every `dataavailable` part, with the media seconds recorded up to its end. */
  onChunk: (blob: Blob, recordedS: number) => void;
  timesliceMs?: number;
}

interface Running {
  recorder: MediaRecorder;
  startedAt: number;
  offsetS: number;
  stopped: Promise<void>;
}

/**
 * MediaRecorder over a stream, cut into parts every few seconds so little is lost if the tab dies.
 * `start(stream, mimeType, offsetS)` continues the clock at offsetS (a resumed recording).
 */
export function useMediaRecorder({ onChunk, timesliceMs = TIMESLICE_MS }: MediaRecorderOptions) {
  const running = useRef<Running | null>(null);
  const onChunkRef = useRef(onChunk);
  const [state, setState] = useState<RecorderState>('inactive');
  const [elapsedS, setElapsedS] = useState(0);

  useEffect(() => {
    onChunkRef.current = onChunk;
  }, [onChunk]);

  /** Seconds of media since the recording began (for markers), to a tenth. */
  const currentS = useCallback(() => {
    const current = running.current;
    if (!current) return 0;
    return Math.round((current.offsetS + (performance.now() - current.startedAt) / 1000) * 10) / 10;
  }, []);

  const start = useCallback(
    (stream: MediaStream, mimeType: string, offsetS = 0) => {
      if (running.current) return;
      const recorder = new MediaRecorder(stream, { mimeType });
      const stopped = new Promise<void>((resolve) =>
        recorder.addEventListener('stop', () => resolve(), { once: true }),
      );
      const current: Running = { recorder, startedAt: performance.now(), offsetS, stopped };
      // Chromium can hand out a first part of a byte or two (a flush just after start): the server
      // checks that the first part opens the container, so tiny first parts wait for the next.
      let head: Blob | null = null;
      let handedFirst = false;
      recorder.addEventListener('dataavailable', (event) => {
        if (event.data.size === 0) return;
        const data = head ? new Blob([head, event.data], { type: event.data.type }) : event.data;
        head = null;
        if (!handedFirst && data.size < MIN_FIRST_PART_BYTES && recorder.state !== 'inactive') {
          head = data;
          return;
        }
        handedFirst = true;
        onChunkRef.current(data, currentS());
      });
      running.current = current;
      recorder.start(timesliceMs);
      setState('recording');
      setElapsedS(offsetS);
    },
    [currentS, timesliceMs],
  );

  /** Stops; resolves after the last part has been handed to onChunk. */
  const stop = useCallback(async () => {
    const current = running.current;
    if (!current) return;
    if (current.recorder.state !== 'inactive') current.recorder.stop();
    await current.stopped;
    running.current = null;
    setState('inactive');
  }, []);

  /** Flush what is buffered now (the page is being hidden and may be closed). */
  const requestData = useCallback(() => {
    if (running.current?.recorder.state === 'recording') running.current.recorder.requestData();
  }, []);

  useEffect(() => {
    if (state !== 'recording') return undefined;
    const timer = setInterval(() => setElapsedS(Math.floor(currentS())), 1_000);
    return () => clearInterval(timer);
  }, [state, currentS]);

  // Leaving the page: the last buffered part still reaches onChunk.
  useEffect(
    () => () => {
      if (running.current?.recorder.state === 'recording') running.current.recorder.stop();
    },
    [],
  );

  return { state, elapsedS, currentS, start, stop, requestData };
}
