import { AnswerTakeControls } from '@/capabilities/recordings/components/answer-take-controls';
import { MediaProblemAlert } from '@/capabilities/recordings/components/media-problem-alert';
import { SelfView } from '@/capabilities/recordings/components/self-view';
import { Spinner } from '@/components/ui/spinner';

import type { RetryTake } from '../hooks/use-retry-take';

/** The camera (or microphone) for a retried answer: the live picture, then the take to review. */
export function RetryRecorder({ take }: { take: RetryTake }) {
  const { media, kind, mimeType, captions } = take;
  if (media.problem) return <MediaProblemAlert problem={media.problem} onRetry={media.retry} />;
  if (!media.stream || !kind) {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-neutral-600">
        <Spinner /> Starting your {take.media.status === 'starting' ? 'camera and microphone' : 'devices'}…
      </p>
    );
  }
  if (!mimeType)
    return <p className="text-sm text-amber-800">This browser cannot record here: type your answer below instead.</p>;
  return (
    <div className="space-y-3">
      {kind === 'video' && take.take.status !== 'recorded' ? (
        <SelfView stream={media.stream} label="Your camera" className="w-full max-w-sm" />
      ) : null}
      <AnswerTakeControls
        status={take.take.status}
        url={take.take.url}
        kind={kind}
        onStart={take.start}
        onStop={take.take.stop}
        onRerecord={take.rerecord}
      />
      {take.take.status === 'recording' && captions.interim ? (
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
