import { useId, useState, type FormEvent } from 'react';
import { toast } from 'sonner';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Label } from '@/components/ui/label';
import { Select } from '@/components/ui/select';
import { errorMessage } from '@/lib/api-error';

import { useCreatePlan } from '../api/create-plan';
import { useJobOptions } from '../api/get-job-options';
import { addDays, localToday } from '../lib/today';

export const MAX_DAYS_AHEAD = 180;
const PACES = [1, 2, 3, 4, 5, 6, 7] as const;

/** The interview date, the job and the pace: the server builds the schedule from them. */
export function PlanForm({ catalogJobId, onCreated }: { catalogJobId?: string | null; onCreated?: () => void }) {
  const today = localToday();
  const [date, setDate] = useState('');
  const [jobDescriptionId, setJobDescriptionId] = useState('');
  const [pace, setPace] = useState(3);
  const jobs = useJobOptions();
  const create = useCreatePlan();
  const jobId = useId();
  const paceId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        interview_date: date,
        sessions_per_week: pace,
        job_id: catalogJobId || null,
        job_description_id: catalogJobId ? null : jobDescriptionId || null,
      },
      {
        onSuccess: () => {
          toast.success('Your practice plan is ready.');
          onCreated?.();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} className="grid gap-4 sm:grid-cols-3 sm:items-end" aria-label="Plan your practice">
      <FormField
        label="Interview date"
        type="date"
        required
        min={addDays(today, 1)}
        max={addDays(today, MAX_DAYS_AHEAD)}
        value={date}
        onChange={(event) => setDate(event.target.value)}
        hint={`Any day from tomorrow to ${MAX_DAYS_AHEAD} days ahead.`}
      />
      {catalogJobId ? null : (
        <div className="space-y-1.5">
          <Label htmlFor={jobId}>Job</Label>
          <Select id={jobId} value={jobDescriptionId} onChange={(event) => setJobDescriptionId(event.target.value)}>
            <option value="">No particular job</option>
            {(jobs.data ?? []).map((job) => (
              <option key={job.id} value={job.id}>
                {job.title}
              </option>
            ))}
          </Select>
          <p className="text-xs text-neutral-500">From your saved job descriptions.</p>
        </div>
      )}
      <div className="space-y-1.5">
        <Label htmlFor={paceId}>Sessions per week</Label>
        <Select id={paceId} value={pace} onChange={(event) => setPace(Number(event.target.value))}>
          {PACES.map((count) => (
            <option key={count} value={count}>
              {count === 7 ? 'Every day' : `${count} a week`}
            </option>
          ))}
        </Select>
        <p className="text-xs text-neutral-500">What you can keep up, not the most you could.</p>
      </div>
      <div className="sm:col-span-3">
        <Button type="submit" isLoading={create.isPending} disabled={!date}>
          Build my plan
        </Button>
      </div>
      {create.isError ? <ErrorAlert className="sm:col-span-3">{errorMessage(create.error)}</ErrorAlert> : null}
    </form>
  );
}
