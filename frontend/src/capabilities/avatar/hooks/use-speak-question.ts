import { useEffect, useRef } from 'react';

import type { AvatarQuestion } from '../types';

/** Speaks each new question once: re-renders, a new voice or unmuting do not repeat it. */
export function useSpeakQuestion(question: AvatarQuestion | null, muted: boolean, speak: (text: string) => void) {
  const spokenId = useRef<string | null>(null);
  const questionId = question?.id ?? null;
  const text = question?.text ?? '';

  useEffect(() => {
    if (questionId === null || spokenId.current === questionId) return;
    spokenId.current = questionId;
    if (!muted) speak(text);
  }, [questionId, text, muted, speak]);

  // Unmounting cancels the speech (useSpeechSynthesis): a remount (StrictMode) must speak again.
  useEffect(() => {
    const spoken = spokenId;
    return () => {
      spoken.current = null;
    };
  }, []);
}
