import { useEffect, useEffectEvent } from 'react';

/** Tells the parent when speaking starts and stops (also when unmounted mid-sentence). */
export function useReportSpeaking(speaking: boolean, onSpeakingChange?: (speaking: boolean) => void) {
  const report = useEffectEvent((value: boolean) => onSpeakingChange?.(value));
  useEffect(() => {
    if (!speaking) return;
    report(true);
    return () => report(false);
  }, [speaking]);
}
