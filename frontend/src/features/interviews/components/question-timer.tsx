import { Clock } from 'lucide-react';

import { cn } from '@/lib/cn';

import type { InterviewClock } from '../api/get-interview';
import { useQuestionTimer, type QuestionTimer as Timer } from '../hooks/use-question-timer';
import { formatClock } from '../lib/labels';

/** Amber in the last quarter of the time (or the last 30 s), red once over it. */
function timerTone({ remaining, limit }: Timer) {
  if (remaining < 0) return 'over';
  if (remaining <= Math.max(30, limit / 4)) return 'near';
  return 'ok';
}

const TONES = {
  ok: 'bg-neutral-100 text-neutral-800 ring-neutral-200',
  near: 'bg-amber-50 text-amber-900 ring-amber-300',
  over: 'bg-red-50 text-red-800 ring-red-300',
} as const;

/** The countdown for the question being asked; over time is allowed, and said so. */
export function QuestionTimer({ clock, fetchedAt }: { clock: InterviewClock; fetchedAt: number }) {
  const timer = useQuestionTimer(clock, fetchedAt);
  if (!timer) return null;
  const tone = timerTone(timer);
  // A countdown shows the seconds it has started: 2:30 until 2:29 is reached.
  const text =
    tone === 'over'
      ? `Over time by ${formatClock(Math.floor(-timer.remaining))}`
      : `${formatClock(Math.ceil(timer.remaining))} left`;
  return (
    <div className="flex items-center gap-2">
      <span
        role="timer"
        aria-label="Time for this question"
        className={cn(
          'inline-flex items-center gap-1.5 rounded-full px-3 py-1 text-sm font-semibold tabular-nums ring-1 ring-inset',
          TONES[tone],
        )}
      >
        <Clock aria-hidden="true" className="size-4" />
        {text}
      </span>
      {/* Announced once, when the time runs out; the ticking timer itself stays quiet. */}
      <span role="status" className="sr-only">
        {tone === 'over' ? 'Time is up for this question. You can still finish your answer.' : ''}
      </span>
    </div>
  );
}
