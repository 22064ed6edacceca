import { AnswerTakeControls } from '@/features/recordings/components/answer-take-controls';

import type { VoiceAnswer } from '../hooks/use-voice-answer';

interface VoiceAnswerPanelProps {
  voice: VoiceAnswer;
  kind: 'video' | 'audio';
}

/** Start/Stop answering with the take to review, and what the live captions hear right now. */
export function VoiceAnswerPanel({ voice, kind }: VoiceAnswerPanelProps) {
  const { take, captions } = voice;
  return (
    <div className="space-y-2">
      <AnswerTakeControls status={take.status} url={take.url} kind={kind} onStart={voice.start} onStop={voice.stop} onRerecord={voice.rerecord} />
      {take.status === 'recording' && captions.interim ? (
        <p className="text-sm text-neutral-500 italic" aria-hidden="true">
          {captions.interim}…
        </p>
      ) : null}
      {captions.error ? <p className="text-sm text-amber-800">{captions.error}</p> : null}
      {!captions.supported ? (
        <p className="text-sm text-neutral-600">
          This browser cannot caption speech: your answer is recorded, but type it in the box too so it can be scored.
        </p>
      ) : null}
    </div>
  );
}
