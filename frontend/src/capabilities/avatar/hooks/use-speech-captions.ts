import { useCallback, useEffect, useEffectEvent, useState } from 'react';

import {
  CAPTIONS_UNAVAILABLE_MESSAGE,
  isFatalRecognitionError,
  KEEPS_STOPPING_MESSAGE,
  recognitionErrorMessage,
} from '../lib/recognition-errors';
import { getSpeechRecognition, type SpeechRecognitionEventLike, type SpeechRecognitionLike } from '../lib/speech-apis';

/** When a phrase was heard (Date.now() milliseconds): its first interim result, and its final one. */
export interface CaptionTiming {
  startedAt: number;
  endedAt: number;
}

export interface SpeechCaptionsOptions {
  /** Listen while true (e.g. while the candidate answers and the interviewer is silent). */
  enabled: boolean;
  lang?: string;
  /** The microphone records fine: a recogniser failure is not blamed on it. */
  microphoneWorks?: boolean;
  /** Each finished phrase, trimmed, with when it was heard. */
  onFinal: (text: string, timing: CaptionTiming) => void;
}

export interface SpeechCaptions {
  /** False on browsers without the Web Speech API's recognition (Firefox): type instead. */
  supported: boolean;
  listening: boolean;
  /** The phrase being recognised, not final yet; dropped when listening stops. */
  interim: string;
  /** Resume after stop() or an error; does nothing while disabled. */
  start: () => void;
  /** Stop until start() is called or `enabled` turns on again. */
  stop: () => void;
  error: string | null;
}

// Ending this soon after starting, this many times in a row, means restarting will not help.
const QUICK_END_MS = 1000;
const MAX_QUICK_ENDS = 3;
const KEEPS_STOPPING = 'keeps-stopping';
const UNAVAILABLE = 'unavailable';

function splitResults({ resultIndex, results }: SpeechRecognitionEventLike) {
  let final = '';
  let interim = '';
  for (let i = resultIndex; i < results.length; i += 1) {
    const result = results[i];
    const transcript = result?.[0]?.transcript ?? '';
    if (result?.isFinal) final += transcript;
    else interim += transcript;
  }
  return { final: final.trim(), interim: interim.trim() };
}

/** Live captions of the microphone with the browser's speech recognition (Chrome, Edge, Safari). */
export function useSpeechCaptions({
  enabled,
  lang = 'en-US',
  microphoneWorks = false,
  onFinal,
}: SpeechCaptionsOptions): SpeechCaptions {
  const Recognition = getSpeechRecognition();
  const supported = Recognition !== null;
  const [stopped, setStopped] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [listening, setListening] = useState(false);
  const [interim, setInterim] = useState('');
  // An error code of the recogniser (or one of ours); worded when rendered.
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const deliverFinal = useEffectEvent((text: string, timing: CaptionTiming) => onFinal(text, timing));

  // Turning `enabled` on again (the next answer) undoes an earlier stop() or error.
  const [wasEnabled, setWasEnabled] = useState(enabled);
  if (enabled !== wasEnabled) {
    setWasEnabled(enabled);
    if (enabled) setStopped(false);
  }

  const active = supported && enabled && !stopped;

  useEffect(() => {
    if (!active || !Recognition) return;
    let recognition: SpeechRecognitionLike;
    try {
      recognition = new Recognition();
    } catch {
      // A recogniser that cannot even be made: no captions, and nothing else breaks.
      queueMicrotask(() => {
        setErrorCode(UNAVAILABLE);
        setStopped(true);
      });
      return;
    }
    recognition.lang = lang;
    recognition.continuous = true;
    recognition.interimResults = true;
    recognition.maxAlternatives = 1;
    let disposed = false;
    let startedAt = 0;
    let quickEnds = 0;
    // The recogniser gives no times: a phrase starts at its first result and ends at its final one.
    let phraseStartedAt: number | null = null;

    const begin = () => {
      startedAt = Date.now();
      try {
        recognition.start();
      } catch {
        setListening(false); // Already started, or refused: onerror says why when it can.
      }
    };
    const halt = (code: string) => {
      disposed = true; // Before React re-renders: the `end` that follows must not restart.
      setErrorCode(code);
      setStopped(true);
    };

    recognition.onstart = () => setListening(true);
    recognition.onresult = (event) => {
      const now = Date.now();
      const { final, interim: pending } = splitResults(event);
      quickEnds = 0;
      setErrorCode(null);
      setInterim(pending);
      if (phraseStartedAt === null && (final || pending)) phraseStartedAt = now;
      if (!final) return;
      deliverFinal(final, { startedAt: phraseStartedAt ?? now, endedAt: now });
      phraseStartedAt = pending ? now : null;
    };
    recognition.onerror = ({ error: code }) => {
      if (code === 'aborted') return;
      if (isFatalRecognitionError(code)) halt(code);
      else setErrorCode(code);
    };
    // Chrome ends the session after a silence even when continuous: start again while enabled.
    recognition.onend = () => {
      setInterim('');
      phraseStartedAt = null;
      if (disposed) {
        setListening(false);
        return;
      }
      quickEnds = Date.now() - startedAt < QUICK_END_MS ? quickEnds + 1 : 0;
      if (quickEnds >= MAX_QUICK_ENDS) halt(KEEPS_STOPPING);
      else begin();
    };
    begin();

    return () => {
      disposed = true;
      recognition.onstart = null;
      recognition.onresult = null;
      recognition.onerror = null;
      recognition.onend = null;
      try {
        recognition.abort();
      } catch {
        // Already gone.
      }
      setListening(false);
      setInterim('');
    };
  }, [active, attempt, lang, Recognition]);

  const start = useCallback(() => {
    setErrorCode(null);
    setStopped(false);
    if (!listening) setAttempt((count) => count + 1);
  }, [listening]);

  const stop = useCallback(() => setStopped(true), []);

  let error: string | null = null;
  if (errorCode === KEEPS_STOPPING) error = KEEPS_STOPPING_MESSAGE;
  else if (errorCode === UNAVAILABLE) error = CAPTIONS_UNAVAILABLE_MESSAGE;
  else if (errorCode) error = recognitionErrorMessage(errorCode, { microphoneWorks });
  return { supported, listening: active && listening, interim: active ? interim : '', start, stop, error };
}
