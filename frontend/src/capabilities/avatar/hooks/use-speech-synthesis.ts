import { useCallback, useEffect, useRef, useState } from 'react';

import { getSpeechSynthesis } from '../lib/speech-apis';

const DEFAULT_LANG = 'en-US';

// Errors that say the browser has no working voice (not a cancelled or blocked utterance).
const NO_VOICE_ERRORS = new Set([
  'synthesis-unavailable',
  'synthesis-failed',
  'voice-unavailable',
  'audio-hardware',
  'language-unavailable',
]);

function cancelQuietly(synth: SpeechSynthesis | null) {
  try {
    synth?.cancel();
  } catch {
    // A broken speech engine must not take the interviewer down with it.
  }
}

/**
 * Speaks text with the browser's voices. `speaking` follows the utterance's start and end;
 * `wordCount` counts its word boundaries (for the mouth); `unavailable` says the browser could
 * not speak at all; `hasSpoken` that it did once. Speech is cancelled on unmount.
 */
export function useSpeechSynthesis(voice: SpeechSynthesisVoice | null) {
  const supported = getSpeechSynthesis() !== null;
  const [speaking, setSpeaking] = useState(false);
  const [wordCount, setWordCount] = useState(0);
  // Chrome refuses to speak before the user has interacted with the page ("not-allowed").
  const [blocked, setBlocked] = useState(false);
  const [unavailable, setUnavailable] = useState(false);
  const [hasSpoken, setHasSpoken] = useState(false);
  // Events of an utterance that was cancelled (replaced, muted) must not touch the state.
  const current = useRef<SpeechSynthesisUtterance | null>(null);

  const cancel = useCallback(() => {
    if (!current.current) return;
    current.current = null;
    cancelQuietly(getSpeechSynthesis());
    setSpeaking(false);
  }, []);

  const speak = useCallback(
    (text: string) => {
      const synth = getSpeechSynthesis();
      if (!synth || !text.trim()) return;
      current.current = null;
      cancelQuietly(synth); // speak() queues: a new question replaces whatever is still being said.
      let utterance: SpeechSynthesisUtterance;
      try {
        utterance = new SpeechSynthesisUtterance(text);
      } catch {
        setUnavailable(true);
        return;
      }
      utterance.rate = 1;
      utterance.pitch = 1;
      utterance.lang = voice?.lang ?? DEFAULT_LANG;
      if (voice) utterance.voice = voice;
      const isCurrent = () => current.current === utterance;
      const finish = () => {
        if (!isCurrent()) return;
        current.current = null;
        setSpeaking(false);
      };
      utterance.onstart = () => {
        setHasSpoken(true);
        setUnavailable(false);
        if (isCurrent()) setSpeaking(true);
      };
      utterance.onboundary = () => {
        if (isCurrent()) setWordCount((count) => count + 1);
      };
      utterance.onend = finish;
      utterance.onerror = (event) => {
        if (isCurrent() && event.error === 'not-allowed') setBlocked(true);
        if (NO_VOICE_ERRORS.has(event.error)) setUnavailable(true);
        finish();
      };
      current.current = utterance;
      setBlocked(false);
      try {
        synth.speak(utterance);
      } catch {
        current.current = null;
        setUnavailable(true);
      }
    },
    [voice],
  );

  useEffect(() => {
    const ongoing = current;
    return () => {
      if (ongoing.current) cancelQuietly(getSpeechSynthesis());
      ongoing.current = null;
    };
  }, []);

  return { supported, speaking, wordCount, blocked, unavailable, hasSpoken, speak, cancel };
}
