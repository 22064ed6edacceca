import { TrendingDown, TrendingUp, MoveRight, type LucideIcon } from 'lucide-react';

import { Badge } from '@/components/ui/badge';
import { formatDate } from '@/lib/format';

import type { WeaknessEntry } from '../api/get-weaknesses';

const TRENDS: Record<
  WeaknessEntry['trend'],
  { label: string; icon: LucideIcon; tone: 'success' | 'neutral' | 'danger' }
> = {
  improving: { label: 'Improving', icon: TrendingUp, tone: 'success' },
  steady: { label: 'Steady', icon: MoveRight, tone: 'neutral' },
  worse: { label: 'Getting worse', icon: TrendingDown, tone: 'danger' },
};

const KINDS: Record<WeaknessEntry['kind'], string> = {
  skill: 'Skill',
  competency: 'Competency',
  dimension: 'Answer quality',
};

function Entry({ entry }: { entry: WeaknessEntry }) {
  const trend = TRENDS[entry.trend];
  return (
    <li className="rounded-xl border border-neutral-200 p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="min-w-0 font-medium break-words text-neutral-900">
          <span className="sr-only">{KINDS[entry.kind]}: </span>
          {entry.label}
        </p>
        <div className="flex flex-wrap gap-2">
          <Badge tone="warning">
            Weak in {entry.weak_count} of {entry.seen_count}
          </Badge>
          <Badge tone={trend.tone}>
            <trend.icon aria-hidden="true" className="size-3" />
            {trend.label}
          </Badge>
        </div>
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium text-indigo-700">
          History ({entry.history.length} interviews)
        </summary>
        <ol className="mt-2 space-y-2">
          {entry.history.map((occurrence) => (
            <li
              key={occurrence.interview_id}
              className="flex flex-wrap items-baseline justify-between gap-x-3 text-neutral-700"
            >
              <span className="min-w-0 break-words">
                <span className="text-neutral-500">{formatDate(occurrence.completed_at)}: </span>
                {occurrence.question}
              </span>
              <span className={occurrence.weak ? 'font-medium text-amber-800 tabular-nums' : 'tabular-nums'}>
                {occurrence.score} / 100{occurrence.weak ? ' (weak)' : ''}
              </span>
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}

/** Weak spots that came up in two interviews or more, one entry each with its history. */
export function RecurringWeaknesses({
  entries,
  interviewsConsidered,
}: {
  entries: WeaknessEntry[];
  interviewsConsidered: number;
}) {
  return (
    <section
      aria-labelledby="recurring-weaknesses-heading"
      className="space-y-3 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm"
    >
      <div>
        <h2 id="recurring-weaknesses-heading" className="text-base font-semibold text-neutral-900">
          Recurring weaknesses
        </h2>
        <p className="text-sm text-neutral-600">
          {interviewsConsidered === 0
            ? 'Once your answers are evaluated, weak spots that come up in more than one interview appear here, grouped, with their history.'
            : `From your last ${interviewsConsidered === 1 ? 'evaluated interview' : `${interviewsConsidered} evaluated interviews`}.`}
        </p>
      </div>
      {entries.length === 0 ? (
        interviewsConsidered === 0 ? null : (
          <p className="text-sm text-neutral-500">
            No weak spot has come up twice yet. Finish another interview to see what recurs.
          </p>
        )
      ) : (
        <ul className="space-y-3" aria-label="Recurring weaknesses">
          {entries.map((entry) => (
            <Entry key={`${entry.kind}:${entry.key}`} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}
