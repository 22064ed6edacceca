import { useCallback, useRef, useState } from 'react';

import { useSpeechCaptions } from '@/capabilities/avatar/hooks/use-speech-captions';
import { useAnswerTake } from '@/capabilities/recordings/hooks/use-answer-take';

import { addCaptionTiming, type AnswerTiming } from '../lib/answer-timings';
import { useCaptionSharing } from './use-caption-sharing';
import type { VoiceAnswerMedia } from './use-room-media';

interface VoiceAnswerOptions {
  voice: VoiceAnswerMedia | undefined;
  /** A finished phrase from the live captions, to add to the answer text. */
  onCaption: (text: string) => void;
  /** Re-record: the take and its captions are thrown away. */
  onDiscard: () => void;
}

/**
 * One spoken answer: a take recorded for review while live captions fill the answer box, and when each
 * captioned phrase was said (from the start of the take), so the answer's pace and pauses can be judged.
 */
export function useVoiceAnswer({ voice, onCaption, onDiscard }: VoiceAnswerOptions) {
  const take = useAnswerTake(voice?.stream ?? null, voice?.mimeType ?? null);
  const [usedCaptions, setUsedCaptions] = useState(false);
  const [heard, setHeard] = useState('');
  const [timings, setTimings] = useState<AnswerTiming[]>([]);
  const takeStartedAt = useRef(0);
  const captions = useSpeechCaptions({
    enabled: take.status === 'recording',
    // The take records the microphone: a recogniser error is not a missing microphone.
    microphoneWorks: (voice?.stream.getAudioTracks().length ?? 0) > 0,
    onFinal: (text, timing) => {
      setUsedCaptions(true);
      setHeard((before) => `${before} ${text}`.trim());
      setTimings((before) => addCaptionTiming(before, text, timing, takeStartedAt.current));
      onCaption(text);
    },
  });
  useCaptionSharing(
    voice?.interviewId,
    voice?.questionId,
    `${heard} ${captions.interim}`.trim(),
    take.status === 'recording',
  );
  const { start: startTake, stop: stopTake, discard } = take;

  const start = useCallback(() => {
    takeStartedAt.current = Date.now();
    setTimings([]);
    startTake();
  }, [startTake]);

  const rerecord = useCallback(() => {
    discard();
    setUsedCaptions(false);
    setHeard('');
    onDiscard();
    voice?.onRetake();
    start();
  }, [discard, onDiscard, voice, start]);

  return {
    take,
    captions,
    /** "browser_stt" when the captions wrote (part of) the answer. */
    source: usedCaptions ? ('browser_stt' as const) : ('typed' as const),
    /** When each captioned phrase was said, in seconds from the start of the take. */
    timings,
    start,
    stop: stopTake,
    rerecord,
  };
}

export type VoiceAnswer = ReturnType<typeof useVoiceAnswer>;
