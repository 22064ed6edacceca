import type { Interview } from '../api/get-interview';
import type { JobDescriptionChoice } from '../api/get-job-description-choices';
import {
  CODING_PROBLEMS_MAX,
  initialWizardState,
  ROLE_MIN,
  withJob,
  type CodingChoice,
  type PickedJob,
  type RoundKind,
  type WizardState,
  type WizardStep,
} from './wizard';

/** Where the wizard opens, and with what already answered. */
export interface WizardStart {
  state: WizardState;
  step: WizardStep;
  /** Why a step could not be filled in for the person, when one could not. */
  note?: string;
}

export const PASTED_NOT_KEPT =
  'The job description you pasted last time is not kept: paste it again, or choose another job.';

export function fresh(): WizardStart {
  return { state: initialWizardState(), step: 'resume' };
}

export function toSavedPickedJob(description: JobDescriptionChoice): PickedJob {
  // No title, no role to prefill: "Untitled job description" is a label, not a role.
  return {
    id: description.id,
    title: description.title ?? description.parsed.title ?? '',
    seniority: description.parsed.seniority ?? null,
  };
}

/** "Practise for this job": the job chosen and the role taken from it, so the wizard opens at the format. */
export function startForJob(job: PickedJob, source: 'catalog' | 'saved'): WizardStart {
  const base = initialWizardState();
  const state = withJob(base, {
    ...base.job,
    source,
    catalogJob: source === 'catalog' ? job : null,
    savedJob: source === 'saved' ? job : null,
  });
  return { state, step: state.role.trim().length >= ROLE_MIN ? 'format' : 'role' };
}

/** Questions in a plan's short focused session. */
export const SHORT_SESSION_QUESTIONS = 3;
/** Questions in a plan's full mock interview. */
export const FULL_MOCK_QUESTIONS = 8;

/**
 * A practice plan's session: a short focused session, a full mock interview or a coding round,
 * on top of where the wizard would open anyway (with the plan's job). An unknown kind changes nothing.
 */
const SESSION_FORMATS: Record<string, Partial<WizardState['format']>> = {
  short: { round: 'talking', mode: 'custom', questionCount: SHORT_SESSION_QUESTIONS },
  full_mock: { round: 'talking', mode: 'custom', questionCount: FULL_MOCK_QUESTIONS },
  coding: { round: 'coding' },
};

export function forSession(start: WizardStart, kind: string): WizardStart {
  const changes = Object.hasOwn(SESSION_FORMATS, kind) ? SESSION_FORMATS[kind] : undefined;
  if (!changes) return start;
  return { ...start, state: { ...start.state, format: { ...start.state.format, ...changes } } };
}

/** The language and difficulty of an earlier interview's first coding problem, when it had one. */
export type EarlierCoding = Pick<CodingChoice, 'language' | 'difficulty'>;

function roundOf(interview: Interview, earlier: EarlierCoding | null): Pick<WizardState['format'], 'round' | 'coding'> {
  const base = initialWizardState().format;
  const asked = interview.questions.filter((question) => question.source !== 'follow_up');
  const coding = asked.filter((question) => question.category === 'coding').length;
  if (coding === 0) return { round: 'talking', coding: base.coding };
  // With a template it was mixed (the template's problems or more): asking the same count again repeats it.
  const round: RoundKind = coding === asked.length && !interview.template_id ? 'coding' : 'mixed';
  return { round, coding: { ...base.coding, ...earlier, problems: Math.min(coding, CODING_PROBLEMS_MAX) } };
}

function formatOf(interview: Interview, earlier: EarlierCoding | null): WizardState['format'] {
  const base = { ...initialWizardState().format, ...roundOf(interview, earlier) };
  if (interview.template_id) return { ...base, mode: 'template', templateId: interview.template_id };
  const asked = interview.questions.filter(
    (question) => question.source !== 'follow_up' && question.category !== 'coding',
  );
  const own = asked
    .filter((question) => question.source === 'custom')
    .map((question) => question.text.replace(/\s+/g, ' ').trim());
  return {
    ...base,
    mode: 'custom',
    questionCount: asked.length > 0 ? asked.length : base.questionCount,
    timePerQuestionS: interview.settings.time_per_question_s,
    followUps: interview.settings.follow_ups,
    ownQuestions: own.join('\n'),
  };
}

/**
 * "Practise again": the resume, job, role, seniority and format of an earlier interview, so the wizard
 * opens at the review. `job` is that interview's job as a choice, when it still exists.
 */
export function startFrom(
  interview: Interview,
  job: PickedJob | null,
  earlierCoding: EarlierCoding | null = null,
): WizardStart {
  const base = initialWizardState();
  let state: WizardState = {
    ...base,
    resumeId: interview.resume_id ?? null,
    format: formatOf(interview, earlierCoding),
  };
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
