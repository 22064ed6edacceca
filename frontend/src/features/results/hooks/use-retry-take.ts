import { useCallback, useRef, useState } from 'react';

import { useSpeechCaptions } from '@/capabilities/avatar/hooks/use-speech-captions';
import { useAnswerTake } from '@/capabilities/recordings/hooks/use-answer-take';
import { useMediaStream } from '@/capabilities/recordings/hooks/use-media-stream';
import type { MediaMode } from '@/capabilities/recordings/lib/media-mode';
import { pickMimeType } from '@/capabilities/recordings/lib/mime-type';

import { withCaption, type TimedSpan } from '../lib/caption-timings';

interface RetryTakeOptions {
  mode: MediaMode;
  /** A finished caption phrase, to add to the answer text. */
  onCaption: (text: string) => void;
}

/**
 * A retried answer said out loud, as in the room: the camera or microphone, a take to watch back
 * and re-record, and live captions (with when each phrase was said) that fill the answer box.
 */
export function useRetryTake({ mode, onCaption }: RetryTakeOptions) {
  const media = useMediaStream({ mode, fallbackToAudio: true });
  const kind: 'video' | 'audio' | null = media.stream
    ? media.stream.getVideoTracks().length > 0
      ? 'video'
      : 'audio'
    : null;
  const mimeType = kind ? pickMimeType(kind) : null;
  const take = useAnswerTake(media.stream, mimeType);
  const [timings, setTimings] = useState<TimedSpan[]>([]);
  const [captioned, setCaptioned] = useState(false);
  const startedAt = useRef(0);
  const captions = useSpeechCaptions({
    enabled: take.status === 'recording',
    microphoneWorks: true,
    onFinal: (text, timing) => {
      setCaptioned(true);
      setTimings((before) => withCaption(before, text, timing, startedAt.current));
      onCaption(text);
    },
  });
  const { start: startTake, discard } = take;

  const start = useCallback(() => {
    startedAt.current = Date.now();
    setTimings([]);
    setCaptioned(false);
    startTake();
  }, [startTake]);

  const rerecord = useCallback(() => {
    discard();
    start();
  }, [discard, start]);

  /** The take's bytes, to upload once the attempt is saved. */
  const blob = useCallback(async () => (take.url ? (await fetch(take.url)).blob() : null), [take.url]);

  return {
    media,
    kind,
    mimeType,
    take,
    captions,
    start,
    rerecord,
    blob,
    /** "browser_stt" once the captions wrote (part of) the answer. */
    source: captioned ? ('browser_stt' as const) : ('typed' as const),
    timings,
  };
}

export type RetryTake = ReturnType<typeof useRetryTake>;
