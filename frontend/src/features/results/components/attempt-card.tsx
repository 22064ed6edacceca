import { CircleCheck, CircleX, TrendingDown, TrendingUp } from 'lucide-react';
import type { ReactNode } from 'react';

import { Badge } from '@/components/ui/badge';
import { Spinner } from '@/components/ui/spinner';
import { formatDate } from '@/lib/format';

import type { Retry } from '../api/get-retries';
import { useSignedSource } from '../hooks/use-signed-source';
import { retryAttempt, type EarlierAttempt } from '../lib/attempts';
import { isScored } from '../lib/score';
import { EvidenceTranscript } from './evidence-transcript';
import { WatchAnswer } from './watch-answer';

function TakePlayer({ retry, onExpired }: { retry: Retry; onExpired: () => void }) {
  const source = useSignedSource(retry.media?.url, onExpired);
  if (!retry.media || !source.src) return null;
  const audio = retry.media.mime_type.startsWith('audio/');
  const label = `Recording of retry ${retry.attempt}`;
  return audio ? (
    <audio
      src={source.src}
      controls
      aria-label={label}
      className="w-full"
      onError={source.onError}
      onLoadedMetadata={source.onLoadedMetadata}
    />
  ) : (
    <video
      src={source.src}
      controls
      playsInline
      preload="metadata"
      aria-label={label}
      className="aspect-video w-full rounded-lg bg-black"
      onError={source.onError}
      onLoadedMetadata={source.onLoadedMetadata}
    />
  );
}

function Column({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="min-w-0 space-y-2">
      <h5 className="text-xs font-semibold tracking-wide text-neutral-600 uppercase">{title}</h5>
      {children}
    </div>
  );
}

function AttemptAnswer({ attempt, onExpired }: { attempt: EarlierAttempt; onExpired: () => void }) {
  return (
    <>
      {attempt.questionId ? <WatchAnswer questionId={attempt.questionId} /> : null}
      {attempt.retry ? <TakePlayer retry={attempt.retry} onExpired={onExpired} /> : null}
      {attempt.transcript ? (
        <EvidenceTranscript transcript={attempt.transcript} covered={attempt.covered} />
      ) : (
        <p className="text-sm text-neutral-600">Skipped.</p>
      )}
    </>
  );
}

function ScoreChange({ retry }: { retry: Retry }) {
  const comparison = retry.comparison;
  if (!comparison) return null;
  const before = comparison.previous === 'original' ? 'the interview' : `retry ${comparison.previous_attempt}`;
  if (comparison.score_change === null)
    return <span className="text-sm text-neutral-600">No score to compare with {before}.</span>;
  const change = comparison.score_change;
  const Icon = change >= 0 ? TrendingUp : TrendingDown;
  return (
    <Badge tone={change > 0 ? 'success' : change < 0 ? 'danger' : 'neutral'} className="text-sm">
      <Icon aria-hidden="true" className="size-3.5" />
      {change > 0 ? '+' : change < 0 ? '−' : '±'}
      {Math.abs(change)} points since {before} ({comparison.previous_score} → {comparison.score})
    </Badge>
  );
}

function PointList({
  title,
  items,
  good,
  empty,
}: {
  title: string;
  items: ReactNode[];
  good: boolean;
  empty?: string;
}) {
  if (items.length === 0 && !empty) return null;
  const Icon = good ? CircleCheck : CircleX;
  return (
    <div className="space-y-1.5">
      <h5 className="text-sm font-semibold text-neutral-900">{title}</h5>
      {items.length === 0 ? <p className="text-sm text-neutral-600">{empty}</p> : null}
      <ul className="space-y-1 text-sm text-neutral-800">
        {items.map((item, index) => (
          <li key={index} className="flex gap-2">
            <Icon
              aria-hidden="true"
              className={good ? 'mt-0.5 size-4 shrink-0 text-emerald-600' : 'mt-0.5 size-4 shrink-0 text-red-600'}
            />
            <span>{item}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Verdict({ retry }: { retry: Retry }) {
  if (retry.evaluation_status === 'failed')
    return (
      <p className="text-sm text-red-700">
        This attempt could not be evaluated{retry.evaluation_error ? `: ${retry.evaluation_error}` : '.'}
      </p>
    );
  if (!retry.evaluation) {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-neutral-600">
        <Spinner /> Evaluating this attempt…
      </p>
    );
  }
  const evaluation = retry.evaluation;
  return (
    <div className="flex flex-wrap items-center gap-3">
      {isScored(evaluation) ? (
        <span className="text-sm font-semibold text-neutral-900">
          Grade {evaluation.grade}, {evaluation.score}/100
        </span>
      ) : (
        <Badge tone="neutral">Not enough to score</Badge>
      )}
      <ScoreChange retry={retry} />
    </div>
  );
}

/** One retry beside the attempt before it: the score change, what improved, both answers. */
export function AttemptCard({
  retry,
  earlier,
  onExpired,
}: {
  retry: Retry;
  earlier: EarlierAttempt;
  onExpired: () => void;
}) {
  const comparison = retry.comparison;
  return (
    <article aria-label={`Retry ${retry.attempt}`} className="space-y-4 rounded-xl border border-neutral-200 p-4">
      <header className="space-y-2">
        <h4 className="font-semibold text-neutral-900">
          Retry {retry.attempt}{' '}
          <span className="text-sm font-normal text-neutral-500">· {formatDate(retry.created_at)}</span>
        </h4>
        <Verdict retry={retry} />
      </header>
      {comparison ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <PointList
            title="What improved"
            good
            empty="No key point newly covered: the change comes from depth, structure or delivery."
            items={comparison.newly_covered.map(({ point, evidence }) => (
              <>
                {point} — <q className="text-neutral-600 italic">{evidence}</q>
              </>
            ))}
          />
          <PointList title="Still missing" good={false} items={comparison.still_missed} />
          <PointList title="Covered before, missed this time" good={false} items={comparison.no_longer_covered} />
        </div>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Column title={`Before: ${earlier.label}`}>
          <AttemptAnswer attempt={earlier} onExpired={onExpired} />
        </Column>
        <Column title={`Now: retry ${retry.attempt}`}>
          <AttemptAnswer attempt={retryAttempt(retry)} onExpired={onExpired} />
        </Column>
      </div>
    </article>
  );
}
