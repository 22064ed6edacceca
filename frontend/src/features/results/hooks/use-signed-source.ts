import { useRef, useState, type SyntheticEvent } from 'react';

import { playFrom } from '../lib/recording';

/** Fresh URLs that fail in a row before we say the video cannot be played. */
const MAX_FAILURES = 3;

/**
 * The `src` of a player fed short-lived signed URLs. Swapping `src` restarts a video, so a new URL
 * is only taken when the current one fails (expired): then the player resumes where it was.
 */
export function useSignedSource(url: string | undefined, refresh: () => void) {
  const [src, setSrc] = useState(url);
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const [broken, setBroken] = useState(false);
  const resume = useRef<{ time: number; playing: boolean } | null>(null);
  const failures = useRef(0);

  // Adjusting state to new props during render (react.dev: "you might not need an effect").
  if (url && (src === undefined || (failedSrc === src && url !== src))) {
    setSrc(url);
    setFailedSrc(null);
  }

  return {
    src,
    broken,
    onError: (event: SyntheticEvent<HTMLMediaElement>) => {
      if (!src || failedSrc === src) return;
      failures.current += 1;
      if (failures.current >= MAX_FAILURES) {
        setBroken(true);
        return;
      }
      const media = event.currentTarget;
      resume.current = { time: media.currentTime, playing: !media.paused };
      setFailedSrc(src);
      refresh();
    },
    onLoadedMetadata: (event: SyntheticEvent<HTMLMediaElement>) => {
      const position = resume.current;
      resume.current = null;
      if (!position) return;
      if (position.playing) playFrom(event.currentTarget, position.time);
      else event.currentTarget.currentTime = position.time;
    },
    onLoadedData: () => {
      failures.current = 0;
    },
  };
}
