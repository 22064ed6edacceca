import { Trash2 } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { toast } from 'sonner';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Progress } from '@/components/ui/progress';
import { errorMessage } from '@/lib/api-error';

import { useDeletePlan } from '../api/delete-plan';
import type { Plan } from '../api/get-plans';
import { useUpdatePlan } from '../api/update-plan';
import { addDays, formatDay, localToday } from '../lib/today';
import { MAX_DAYS_AHEAD } from './plan-form';
import { SessionList } from './session-list';

function ChangeDate({ plan }: { plan: Plan }) {
  const [date, setDate] = useState(plan.interview_date);
  const update = useUpdatePlan();
  const inputId = useId();
  const today = localToday();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { id: plan.id, interview_date: date },
      { onSuccess: () => toast.success('Schedule rebuilt; done sessions kept.') },
    );
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
      <div className="space-y-1.5">
        <Label htmlFor={inputId}>Interview date</Label>
        <Input
          id={inputId}
          type="date"
          required
          min={addDays(today, 1)}
          max={addDays(today, MAX_DAYS_AHEAD)}
          value={date}
          onChange={(event) => setDate(event.target.value)}
        />
      </div>
      <Button type="submit" variant="secondary" isLoading={update.isPending} disabled={date === plan.interview_date}>
        Change date
      </Button>
      {update.isError ? <ErrorAlert className="w-full">{errorMessage(update.error)}</ErrorAlert> : null}
    </form>
  );
}

export function PlanView({ plan, readOnly = false }: { plan: Plan; readOnly?: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const remove = useDeletePlan();
  const headingId = useId();
  const { done, total, missed } = plan.progress;
  const title = plan.job_title ? `Interview for ${plan.job_title}` : 'Your interview';
  return (
    <Card aria-labelledby={headingId} role="region">
      <CardContent className="space-y-6">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h2 id={headingId} className="text-xl font-semibold text-neutral-900">
              {title}
            </h2>
            <p className="mt-1 text-neutral-600">
              <time dateTime={plan.interview_date}>
                {formatDay(plan.interview_date, { weekday: 'long', day: 'numeric', month: 'long' })}
              </time>
              {' · '}
              {plan.days_left === 1 ? 'tomorrow' : `in ${plan.days_left} days`}
              {' · '}
              {plan.sessions_per_week} sessions a week
            </p>
          </div>
          {readOnly ? null : (
            <Button variant="ghost" size="sm" onClick={() => setConfirming(true)}>
              <Trash2 aria-hidden="true" className="size-4" />
              Delete plan
            </Button>
          )}
        </div>
        <div className="space-y-2">
          <p className="text-sm text-neutral-700">
            {done} of {total} sessions done{missed ? `, ${missed} missed` : ''}
          </p>
          <Progress value={total ? (done / total) * 100 : 0} label="Plan progress" />
        </div>
        <details className="rounded-xl bg-neutral-50 p-3 text-sm text-neutral-700">
          <summary className="cursor-pointer font-medium text-neutral-900">How this schedule was built</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {plan.rule.map((line) => (
              <li key={line}>{line}</li>
            ))}
            <li>An interview you complete in Rehearse on a session&apos;s day (or a day either side) marks it done.</li>
          </ul>
        </details>
        {readOnly ? null : <ChangeDate plan={plan} />}
        <SessionList plan={plan} />
      </CardContent>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Delete this plan?"
        description="Its schedule and reminders go; your interviews and results stay."
        confirmLabel="Delete plan"
        pendingLabel="Deleting…"
        isPending={remove.isPending}
        onConfirm={() => remove.mutate(plan.id, { onSuccess: () => setConfirming(false) })}
      />
    </Card>
  );
}
