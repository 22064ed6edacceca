import { useCallback, useEffect, useRef, useState } from 'react';

import { containerType } from '../lib/mime-type';

export type TakeStatus = 'idle' | 'recording' | 'recorded';

/**
 * A second MediaRecorder on the interview's stream that keeps only the current answer, in memory,
 * so the candidate can watch it back before submitting (the continuous recording is untouched).
 */
export function useAnswerTake(stream: MediaStream | null, mimeType: string | null) {
  const recorderRef = useRef<{ recorder: MediaRecorder; drop: () => void } | null>(null);
  const [status, setStatus] = useState<TakeStatus>('idle');
  const [url, setUrl] = useState<string | null>(null);

  const start = useCallback(() => {
    if (!stream || !mimeType || recorderRef.current) return;
    const parts: Blob[] = [];
    let kept = true;
    const recorder = new MediaRecorder(stream, { mimeType });
    recorder.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0) parts.push(event.data);
    });
    recorder.addEventListener('stop', () => {
      if (!kept) return;
      setUrl(URL.createObjectURL(new Blob(parts, { type: containerType(mimeType) })));
      setStatus('recorded');
    });
    recorderRef.current = { recorder, drop: () => (kept = false) };
    recorder.start();
    setStatus('recording');
  }, [stream, mimeType]);

  /** Ends the take; `keep` false throws it away. */
  const end = useCallback((keep: boolean) => {
    const current = recorderRef.current;
    recorderRef.current = null;
    if (!current) return;
    if (!keep) current.drop();
    if (current.recorder.state !== 'inactive') current.recorder.stop();
  }, []);

  const stop = useCallback(() => end(true), [end]);

  /** Throws the take away (Re-record). */
  const discard = useCallback(() => {
    end(false);
    setUrl(null);
    setStatus('idle');
  }, [end]);

  // The blob URL holds the take in memory until revoked.
  useEffect(() => (url ? () => URL.revokeObjectURL(url) : undefined), [url]);
  useEffect(() => () => end(false), [end]);

  return { status, url, start, stop, discard };
}
