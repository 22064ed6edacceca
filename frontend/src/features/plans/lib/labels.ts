import { paths } from '@/config/paths';

import type { Plan, PlanSession, Reminder } from '../api/get-plans';

export const KIND_LABELS: Record<PlanSession['kind'], string> = {
  full_mock: 'Full mock interview',
  short: 'Short focused session',
  coding: 'Coding round',
};

export const STATE_LABELS: Record<PlanSession['state'], string> = {
  done: 'Done',
  missed: 'Missed',
  due: 'Today',
  upcoming: 'Upcoming',
  dismissed: 'Skipped',
};

/** The wizard, with the plan's job chosen and the session's format filled in, to start it now. */
export function startHref(
  plan: Pick<Plan | Reminder, 'job_id' | 'job_description_id'>,
  kind: PlanSession['kind'],
): string {
  return paths.app.newInterview.forSession(kind, { jobId: plan.job_id, jobDescriptionId: plan.job_description_id });
}
