import type { Interview } from '../api/get-interview';
import type { JobDescriptionChoice } from '../api/get-job-description-choices';
import { initialWizardState, ROLE_MIN, withJob, type PickedJob, type WizardState, type WizardStep } from './wizard';

/** Where the wizard opens, and with what already answered. */
export interface WizardStart {
  state: WizardState;
  step: WizardStep;
  /** Why a step could not be filled in for the person, when one could not. */
  note?: string;
}

export const PASTED_NOT_KEPT = 'The job description you pasted last time is not kept: paste it again, or choose another job.';

export function fresh(): WizardStart {
  return { state: initialWizardState(), step: 'resume' };
}

export function toSavedPickedJob(description: JobDescriptionChoice): PickedJob {
  // No title, no role to prefill: "Untitled job description" is a label, not a role.
  return { id: description.id, title: description.title ?? description.parsed.title ?? '', seniority: description.parsed.seniority ?? null };
}

/** "Practise for this job": the job chosen and the role taken from it, so the wizard opens at the format. */
export function startForJob(job: PickedJob, source: 'catalog' | 'saved'): WizardStart {
  const base = initialWizardState();
  const state = withJob(base, { ...base.job, source, catalogJob: source === 'catalog' ? job : null, savedJob: source === 'saved' ? job : null });
  return { state, step: state.role.trim().length >= ROLE_MIN ? 'format' : 'role' };
}

function formatOf(interview: Interview): WizardState['format'] {
  const base = initialWizardState().format;
  if (interview.template_id) return { ...base, mode: 'template', templateId: interview.template_id };
  const asked = interview.questions.filter((question) => question.source !== 'follow_up');
  const own = asked.filter((question) => question.source === 'custom').map((question) => question.text.replace(/\s+/g, ' ').trim());
  return {
    ...base,
    mode: 'custom',
    questionCount: Math.max(1, asked.length),
    timePerQuestionS: interview.settings.time_per_question_s,
    followUps: interview.settings.follow_ups,
    ownQuestions: own.join('\n'),
  };
}

/**
 * "Practise again": the resume, job, role, seniority and format of an earlier interview, so the wizard
 * opens at the review. `job` is that interview's job as a choice, when it still exists.
 */
export function startFrom(interview: Interview, job: PickedJob | null): WizardStart {
  const base = initialWizardState();
  let state: WizardState = { ...base, resumeId: interview.resume_id ?? null, format: formatOf(interview) };
  if (job && interview.job_id) state = withJob(state, { ...base.job, source: 'catalog', catalogJob: job });
  else if (job && interview.job_description_id) state = withJob(state, { ...base.job, source: 'saved', savedJob: job });
  const pasted = !job && Boolean(interview.job_title) && !interview.job_id && !interview.job_description_id;
  if (pasted) state = { ...state, job: { ...state.job, source: 'text' } };
  state = {
    ...state,
    role: interview.role,
    roleEdited: true,
    seniority: (interview.seniority as WizardState['seniority'] | null) ?? '',
    seniorityEdited: Boolean(interview.seniority),
  };
  return pasted ? { state, step: 'job', note: PASTED_NOT_KEPT } : { state, step: 'review' };
}
