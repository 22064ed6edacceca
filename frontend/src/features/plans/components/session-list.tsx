import { CalendarCheck2, CircleCheck, CircleDashed, CircleMinus, CircleX, Play } from 'lucide-react';
import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';

import type { Plan, PlanSession } from '../api/get-plans';
import { useUpdateSession } from '../api/update-session';
import { KIND_LABELS, STATE_LABELS, startHref } from '../lib/labels';
import { formatDay } from '../lib/today';

const STATE_TONES = {
  done: 'success',
  missed: 'danger',
  due: 'accent',
  upcoming: 'neutral',
  dismissed: 'neutral',
} as const;
const STATE_ICONS = {
  done: CircleCheck,
  missed: CircleX,
  due: CalendarCheck2,
  upcoming: CircleDashed,
  dismissed: CircleMinus,
} as const;

function SessionRow({ plan, session }: { plan: Plan; session: PlanSession }) {
  const change = useUpdateSession();
  const Icon = STATE_ICONS[session.state];
  const actionable = session.state === 'due' || session.state === 'missed';
  return (
    <li
      className={cn(
        'flex flex-wrap items-center gap-x-3 gap-y-2 rounded-xl border px-3 py-2.5',
        session.state === 'due' ? 'border-indigo-300 bg-indigo-50/60' : 'border-neutral-200 bg-white',
      )}
    >
      <Icon
        aria-hidden="true"
        className={cn('size-5 shrink-0', session.state === 'done' ? 'text-emerald-600' : 'text-neutral-400')}
      />
      <div className="min-w-0 flex-1">
        <p className="text-sm font-medium text-neutral-900">
          <time dateTime={session.day}>{formatDay(session.day)}</time>
          <span className="text-neutral-400"> · </span>
          {KIND_LABELS[session.kind]}
        </p>
        {session.state === 'done' ? (
          <p className="text-xs text-neutral-500">
            {session.done_by_hand ? 'Marked done by you' : 'Done with an interview in Rehearse'}
          </p>
        ) : null}
      </div>
      <Badge tone={STATE_TONES[session.state]}>{STATE_LABELS[session.state]}</Badge>
      {actionable ? (
        <div className="flex w-full flex-wrap gap-2 sm:w-auto">
          <Button asChild size="sm">
            <Link to={startHref(plan, session.kind)}>
              <Play aria-hidden="true" className="size-4" />
              Start now
            </Link>
          </Button>
          <Button
            size="sm"
            variant="secondary"
            isLoading={change.isPending}
            onClick={() => change.mutate({ planId: plan.id, sessionId: session.id, action: 'done' })}
          >
            Mark done
          </Button>
        </div>
      ) : null}
    </li>
  );
}

/** The schedule as a list by day: readable by a screen reader and on a phone, unlike a grid. */
export function SessionList({ plan }: { plan: Plan }) {
  return (
    <ol aria-label="Practice sessions" className="space-y-2">
      {plan.sessions.map((session) => (
        <SessionRow key={session.id} plan={plan} session={session} />
      ))}
      <li className="flex items-center gap-3 rounded-xl border border-dashed border-neutral-300 px-3 py-2.5 text-sm text-neutral-600">
        <CalendarCheck2 aria-hidden="true" className="size-5 shrink-0 text-neutral-400" />
        <span>
          <time dateTime={plan.interview_date}>{formatDay(plan.interview_date)}</time>: your interview. Rest the day
          before.
        </span>
      </li>
    </ol>
  );
}
