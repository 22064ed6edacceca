import type { ReactNode } from 'react';

import type { AnswerEvaluation } from '../api/get-results';

type Delivery = NonNullable<NonNullable<AnswerEvaluation['working']>['delivery']>;

const seconds = (value: number) => `${value.toFixed(1)} s`;

function paceVerdict({ words_per_minute: pace, good_pace_min_wpm: slowest, good_pace_max_wpm: fastest }: Delivery) {
  if (pace == null || slowest == null || fastest == null) return '';
  if (pace > fastest) return 'too fast';
  return pace < slowest ? 'too slow' : 'easy to follow';
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0 rounded-lg bg-neutral-50 px-3 py-2">
      <dt className="text-xs text-neutral-600">{label}</dt>
      <dd className="text-neutral-900">{children}</dd>
    </div>
  );
}

/** How a spoken answer was delivered (pace, long pauses, fillers, with the words around each pause); for a typed one, that only the writing was judged. */
export function AnswerDelivery({ delivery }: { delivery: Delivery }) {
  if (delivery.basis !== 'spoken' || delivery.words_per_minute == null) {
    return <p className="text-sm text-neutral-800">{delivery.note}</p>;
  }
  const band =
    delivery.good_pace_min_wpm != null
      ? ` (${delivery.good_pace_min_wpm}–${delivery.good_pace_max_wpm} is comfortable)`
      : '';
  const threshold = delivery.long_pause_s != null ? ` (${delivery.long_pause_s} s or more)` : '';
  const pauses = delivery.pauses ?? [];
  return (
    <div className="space-y-2 text-sm">
      <dl aria-label="Delivery figures" className="grid gap-2 sm:grid-cols-3">
        <Figure label="Pace">
          <span className="font-semibold tabular-nums">{Math.round(delivery.words_per_minute)} words a minute</span>,{' '}
          {paceVerdict(delivery)}
          <span className="block text-xs text-neutral-600">{band.trim()}</span>
        </Figure>
        <Figure label={`Long pauses${threshold}`}>
          <span className="font-semibold tabular-nums">{delivery.long_pauses ?? 0}</span>
          {delivery.long_pauses ? `, the longest ${seconds(delivery.longest_pause_s ?? 0)}` : ''}
        </Figure>
        <Figure label="Fillers">
          <span className="font-semibold tabular-nums">{delivery.fillers_per_minute ?? 0}</span> a minute
        </Figure>
      </dl>
      {pauses.length > 0 ? (
        <div className="space-y-1">
          <h5 className="text-xs font-semibold text-neutral-600">Where you paused longest</h5>
          <ul className="space-y-1 text-neutral-800">
            {pauses.map((pause) => (
              <li key={pause.start_s}>
                {seconds(pause.duration_s)} after <q className="italic">…{pause.before}</q>, before{' '}
                <q className="italic">{pause.after}…</q>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
