import { useEffect, useState } from 'react';

// Openings that read as speech; each spoken word (a `boundary` event) jumps ahead in the pattern.
const PATTERN = [0.85, 0.25, 0.6, 0.1, 1, 0.35, 0.7, 0.15];
const FRAME_MS = 120;

/**
 * How far the mouth is open, 0 (closed) to 1. A timer moves it while speaking, because some
 * voices never fire `boundary` events; words that do arrive nudge the rhythm. With reduced motion
 * the mouth holds still, slightly open, while speaking.
 */
export function useMouthOpenness(speaking: boolean, wordCount: number, reducedMotion: boolean): number {
  const [frame, setFrame] = useState(0);
  const animate = speaking && !reducedMotion;

  useEffect(() => {
    if (!animate) return;
    const timer = window.setInterval(() => setFrame((current) => current + 1), FRAME_MS);
    return () => window.clearInterval(timer);
  }, [animate]);

  if (!speaking) return 0;
  if (reducedMotion) return 0.3;
  return PATTERN[(frame + wordCount * 3) % PATTERN.length] ?? 0;
}
