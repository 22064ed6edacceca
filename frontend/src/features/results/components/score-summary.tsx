import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, XAxis, YAxis } from 'recharts';

import { EmptyChart } from '@/components/ui/empty-chart';
import { cn } from '@/lib/cn';

import type { Scores } from '../api/get-results';
import { SCORE_FILLS, scoreTone } from '../lib/score';

const SUB_SCORES = [
  { key: 'technical', label: 'Technical' },
  { key: 'communication', label: 'Communication' },
  { key: 'job_match', label: 'Job match' },
] as const;

const TONE_TEXT = { success: 'text-emerald-700', warning: 'text-amber-700', danger: 'text-red-700' } as const;

type SubScore = { label: string; value: number | null | undefined };

function SubScoreChart({ data }: { data: SubScore[] }) {
  return (
    // The values are in the list above; the chart only draws them.
    <div aria-hidden="true" className="h-44">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 480, height: 176 }}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={112} tick={{ fontSize: 12 }} />
          <Bar dataKey="value" radius={[0, 6, 6, 0]} isAnimationActive={false}>
            {data.map(({ label, value }) => (
              <Cell key={label} fill={value == null ? '#d4d4d4' : SCORE_FILLS[scoreTone(value)]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The overall score, large, and the sub-scores as a bar chart with their values in text. */
export function ScoreSummary({ scores, pending = false }: { scores: Scores; pending?: boolean }) {
  const data = SUB_SCORES.map(({ key, label }) => ({ label, value: scores[key] }));
  const drawable = data.some(({ value }) => value != null);
  return (
    <section
      aria-labelledby="scores-heading"
      className="grid gap-6 rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm md:grid-cols-[14rem_1fr]"
    >
      <div className="flex flex-col justify-center">
        <h2 id="scores-heading" className="text-sm font-semibold text-neutral-600">
          Overall score
        </h2>
        {scores.overall == null ? (
          <p className="mt-2 text-lg text-neutral-600">{scores.not_scored_reason ?? 'Not scored yet'}</p>
        ) : (
          <p className="mt-1">
            <span
              className={cn('text-6xl font-bold tracking-tight tabular-nums', TONE_TEXT[scoreTone(scores.overall)])}
            >
              {scores.overall}
            </span>
            <span className="ml-1 text-lg text-neutral-500">/ 100</span>
          </p>
        )}
      </div>
      <div className="space-y-4">
        {/* A row each on a phone, side by side from `sm`: three tiles do not fit "Communication" at 360 px. */}
        <dl aria-label="Sub-scores" className="grid gap-2 sm:grid-cols-3 sm:gap-3">
          {data.map(({ label, value }) => (
            <div
              key={label}
              className="flex flex-wrap items-baseline justify-between gap-x-3 rounded-xl bg-neutral-50 px-3 py-2 sm:block sm:p-3"
            >
              <dt className="text-xs font-medium text-neutral-600">{label}</dt>
              <dd className="text-xl font-semibold text-neutral-900 tabular-nums">{value == null ? '—' : value}</dd>
              {value == null ? (
                <dd className="w-full text-right text-xs text-neutral-500 sm:text-left">Not available</dd>
              ) : null}
            </div>
          ))}
        </dl>
        {drawable ? (
          <SubScoreChart data={data} />
        ) : (
          <EmptyChart className="min-h-32">
            {pending
              ? 'A bar for each of these scores appears here as soon as your answers are evaluated.'
              : 'A bar for each of these scores appears here once there is a score to draw.'}
          </EmptyChart>
        )}
      </div>
    </section>
  );
}
