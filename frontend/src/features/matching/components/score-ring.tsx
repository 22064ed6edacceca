import { cn } from '@/lib/cn';

import { scoreTone } from '../lib/score-tone';

const RADIUS = 42;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

const STROKES = { success: 'stroke-emerald-500', warning: 'stroke-amber-500', danger: 'stroke-red-500' } as const;

export function ScoreRing({ score, label }: { score: number; label: string }) {
  const clamped = Math.min(100, Math.max(0, score));
  return (
    <div role="img" aria-label={`${label}: ${clamped} out of 100`} className="relative size-28 shrink-0">
      <svg viewBox="0 0 100 100" className="size-full -rotate-90" aria-hidden="true">
        <circle cx="50" cy="50" r={RADIUS} fill="none" strokeWidth="10" className="stroke-neutral-200" />
        <circle
          cx="50"
          cy="50"
          r={RADIUS}
          fill="none"
          strokeWidth="10"
          strokeLinecap="round"
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - clamped / 100)}
          className={cn('transition-[stroke-dashoffset]', STROKES[scoreTone(clamped)])}
        />
      </svg>
      <span
        aria-hidden="true"
        className="absolute inset-0 grid place-items-center text-2xl font-semibold text-neutral-900"
      >
        {clamped}%
      </span>
    </div>
  );
}
