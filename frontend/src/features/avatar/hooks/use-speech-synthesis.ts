import { useCallback, useEffect, useRef, useState } from 'react';

import { getSpeechSynthesis } from '../lib/speech-apis';

const DEFAULT_LANG = 'en-US';

/**
 * Speaks text with the browser's voices. `speaking` follows the utterance's start and end;
 * `wordCount` counts its word boundaries (for the mouth). Speech is cancelled on unmount.
 */
export function useSpeechSynthesis(voice: SpeechSynthesisVoice | null) {
  const supported = getSpeechSynthesis() !== null;
  const [speaking, setSpeaking] = useState(false);
  const [wordCount, setWordCount] = useState(0);
  // Chrome refuses to speak before the user has interacted with the page ("not-allowed").
  const [blocked, setBlocked] = useState(false);
  // Events of an utterance that was cancelled (replaced, muted) must not touch the state.
  const current = useRef<SpeechSynthesisUtterance | null>(null);

  const cancel = useCallback(() => {
    if (!current.current) return;
    current.current = null;
    getSpeechSynthesis()?.cancel();
    setSpeaking(false);
  }, []);

  const speak = useCallback(
    (text: string) => {
      const synth = getSpeechSynthesis();
      if (!synth || !text.trim()) return;
      current.current = null;
      synth.cancel(); // speak() queues: a new question replaces whatever is still being said.
      const utterance = new SpeechSynthesisUtterance(text);
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
        if (isCurrent()) setSpeaking(true);
      };
      utterance.onboundary = () => {
        if (isCurrent()) setWordCount((count) => count + 1);
      };
      utterance.onend = finish;
      utterance.onerror = (event) => {
        if (isCurrent() && event.error === 'not-allowed') setBlocked(true);
        finish();
      };
      current.current = utterance;
      setBlocked(false);
      synth.speak(utterance);
    },
    [voice],
  );

  useEffect(() => {
    const ongoing = current;
    return () => {
      if (ongoing.current) getSpeechSynthesis()?.cancel();
      ongoing.current = null;
    };
  }, []);

  return { supported, speaking, wordCount, blocked, speak, cancel };
}
