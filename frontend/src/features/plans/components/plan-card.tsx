import { CalendarDays } from 'lucide-react';
import { useId } from 'react';
import { Link } from 'react-router';

import { Card, CardContent } from '@/components/ui/card';
import { Progress } from '@/components/ui/progress';
import { paths } from '@/config/paths';

import { usePlans } from '../api/get-plans';
import { useReminders } from '../api/get-reminders';
import { formatDay } from '../lib/today';
import { ReminderList } from './reminder-list';

/** The dashboard's "Interview plan" card: the nearest interview, progress and what is due. */
export function PlanCard() {
  const plans = usePlans();
  const reminders = useReminders();
  const headingId = useId();
  const plan = plans.data?.find((item) => item.days_left >= 0);
  if (plans.isPending) return null;
  return (
    <Card role="region" aria-labelledby={headingId} className="mb-8">
      <CardContent className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id={headingId} className="flex items-center gap-2 text-lg font-semibold text-neutral-900">
            <CalendarDays aria-hidden="true" className="size-5 text-indigo-600" />
            Interview plan
          </h2>
          <Link to={paths.app.plans} className="text-sm font-medium text-indigo-700 hover:underline">
            {plan ? 'See the schedule' : 'Plan for a real interview'}
          </Link>
        </div>
        {plan ? (
          <>
            <p className="text-sm text-neutral-700">
              {plan.job_title ?? 'Your interview'} on{' '}
              <time dateTime={plan.interview_date}>{formatDay(plan.interview_date)}</time>: {plan.progress.done} of{' '}
              {plan.progress.total} sessions done.
            </p>
            <Progress
              value={plan.progress.total ? (plan.progress.done / plan.progress.total) * 100 : 0}
              label="Plan progress"
            />
            {reminders.data?.length ? (
              <ReminderList reminders={reminders.data} />
            ) : (
              <p className="text-sm text-neutral-600">Nothing due today.</p>
            )}
          </>
        ) : (
          <p className="text-sm text-neutral-600">
            Have an interview date? Get practice sessions spaced until then, with reminders here.
          </p>
        )}
      </CardContent>
    </Card>
  );
}
