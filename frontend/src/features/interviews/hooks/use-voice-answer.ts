import { useCallback, useState } from 'react';

import { useSpeechCaptions } from '@/features/avatar/hooks/use-speech-captions';
import { useAnswerTake } from '@/features/recordings/hooks/use-answer-take';

import { useCaptionSharing } from './use-caption-sharing';
import type { VoiceAnswerMedia } from './use-room-media';

interface VoiceAnswerOptions {
  voice: VoiceAnswerMedia | undefined;
  /** A finished phrase from the live captions, to add to the answer text. */
  onCaption: (text: string) => void;
  /** Re-record: the take and its captions are thrown away. */
  onDiscard: () => void;
}

/** One spoken answer: a take recorded for review while live captions fill the answer box. */
export function useVoiceAnswer({ voice, onCaption, onDiscard }: VoiceAnswerOptions) {
  const take = useAnswerTake(voice?.stream ?? null, voice?.mimeType ?? null);
  const [usedCaptions, setUsedCaptions] = useState(false);
  const [heard, setHeard] = useState('');
  const captions = useSpeechCaptions({
    enabled: take.status === 'recording',
    onFinal: (text) => {
      setUsedCaptions(true);
      setHeard((before) => `${before} ${text}`.trim());
      onCaption(text);
    },
  });
  useCaptionSharing(voice?.interviewId, voice?.questionId, `${heard} ${captions.interim}`.trim(), take.status === 'recording');
  const { start: startTake, stop: stopTake, discard } = take;

  const rerecord = useCallback(() => {
    discard();
    setUsedCaptions(false);
    setHeard('');
    onDiscard();
    voice?.onRetake();
    startTake();
  }, [discard, onDiscard, voice, startTake]);

  return {
    take,
    captions,
    /** "browser_stt" when the captions wrote (part of) the answer. */
    source: usedCaptions ? ('browser_stt' as const) : ('typed' as const),
    start: startTake,
    stop: stopTake,
    rerecord,
  };
}

export type VoiceAnswer = ReturnType<typeof useVoiceAnswer>;
