import { useEffect, useState } from 'react';

const TIME_EVENTS = ['timeupdate', 'seeked', 'seeking', 'loadedmetadata'] as const;

/** The media element's current time, following playback and seeks. */
export function useMediaTime(media: HTMLMediaElement | null): number {
  const [time, setTime] = useState(0);
  useEffect(() => {
    if (!media) return;
    const update = () => setTime(media.currentTime);
    for (const type of TIME_EVENTS) media.addEventListener(type, update);
    return () => {
      for (const type of TIME_EVENTS) media.removeEventListener(type, update);
    };
  }, [media]);
  return time;
}
