import { Mic, RotateCcw, Square } from 'lucide-react';

import { Button } from '@/components/ui/button';

import type { TakeStatus } from '../hooks/use-answer-take';

interface AnswerTakeControlsProps {
  status: TakeStatus;
  /** The finished take, to watch back. */
  url: string | null;
  kind: 'video' | 'audio';
  onStart: () => void;
  onStop: () => void;
  onRerecord: () => void;
}

/** Start/Stop answering, then watch the take back and Re-record it before submitting; one row. */
export function AnswerTakeControls({ status, url, kind, onStart, onStop, onRerecord }: AnswerTakeControlsProps) {
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-2">
      {status === 'recorded' && url ? (
        kind === 'video' ? (
          <video
            src={url}
            controls
            playsInline
            aria-label="Your recorded answer"
            className="aspect-video h-20 rounded-lg bg-neutral-900 sm:h-24"
          />
        ) : (
          <audio src={url} controls aria-label="Your recorded answer" className="h-10 w-56 max-w-full" />
        )
      ) : null}
      {status === 'idle' ? (
        <Button type="button" variant="secondary" onClick={onStart}>
          <Mic aria-hidden="true" className="size-4" />
          Start answering
        </Button>
      ) : null}
      {status === 'recording' ? (
        <Button type="button" variant="danger" onClick={onStop}>
          <Square aria-hidden="true" className="size-4" />
          Stop answering
        </Button>
      ) : null}
      {status === 'recorded' ? (
        <Button type="button" variant="secondary" onClick={onRerecord}>
          <RotateCcw aria-hidden="true" className="size-4" />
          Re-record
        </Button>
      ) : null}
      <p role="status" aria-live="polite" className="sr-only text-sm text-neutral-600 lg:not-sr-only">
        {status === 'idle' ? 'Answer out loud; your words appear in the box above, where you can edit them.' : null}
        {status === 'recording' ? 'Recording your answer…' : null}
        {status === 'recorded' ? 'Watch your answer back. Re-record it, or submit it.' : null}
      </p>
    </div>
  );
}
