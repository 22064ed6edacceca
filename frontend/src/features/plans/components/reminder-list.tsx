import { Play } from 'lucide-react';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';

import type { Reminder } from '../api/get-plans';
import { useUpdateSession } from '../api/update-session';
import { KIND_LABELS, startHref } from '../lib/labels';
import { formatDay } from '../lib/today';

function ReminderItem({ reminder, onStart }: { reminder: Reminder; onStart?: () => void }) {
  const change = useUpdateSession();
  const ids = { planId: reminder.plan_id, sessionId: reminder.session_id };
  const label = KIND_LABELS[reminder.kind];
  return (
    <li className="space-y-2 py-3 first:pt-0 last:pb-0">
      <p className="text-sm text-neutral-900">
        <span className="font-medium">{label}</span>{' '}
        {reminder.overdue ? (
          <span className="text-red-700">
            missed on <time dateTime={reminder.day}>{formatDay(reminder.day)}</time>
          </span>
        ) : (
          <span className="text-neutral-600">due today</span>
        )}
        {reminder.job_title ? <span className="block text-xs text-neutral-500">For {reminder.job_title}</span> : null}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button asChild size="sm">
          <Link to={startHref(reminder, reminder.kind)} onClick={onStart}>
            <Play aria-hidden="true" className="size-4" />
            Start now<span className="sr-only">: {label}</span>
          </Link>
        </Button>
        <Button
          size="sm"
          variant="secondary"
          disabled={change.isPending}
          onClick={() => change.mutate({ ...ids, action: 'snooze', days: 1 })}
        >
          Tomorrow<span className="sr-only">: remind me about the {label.toLowerCase()} tomorrow</span>
        </Button>
        <Button
          size="sm"
          variant="ghost"
          disabled={change.isPending}
          onClick={() => change.mutate({ ...ids, action: 'dismiss' })}
        >
          Skip<span className="sr-only"> the {label.toLowerCase()}</span>
        </Button>
      </div>
    </li>
  );
}

/** Practice sessions due today or missed lately, each with Start now, remind tomorrow and skip. */
export function ReminderList({ reminders, onStart }: { reminders: Reminder[]; onStart?: () => void }) {
  return (
    <ul className="divide-y divide-neutral-100">
      {reminders.map((reminder) => (
        <ReminderItem key={reminder.session_id} reminder={reminder} onStart={onStart} />
      ))}
    </ul>
  );
}
