import type { InterviewCreate, Seniority } from '../api/create-interview';
import type { PastedJob } from '../api/read-pasted-job';
import type { InterviewTemplate } from '../api/get-templates';
import type { JobChoice } from '../api/search-job-choices';

export const WIZARD_STEPS = [
  { key: 'resume', label: 'Resume' },
  { key: 'job', label: 'Job' },
  { key: 'role', label: 'Role' },
  { key: 'format', label: 'Format' },
  { key: 'review', label: 'Review' },
] as const;

export type WizardStep = (typeof WIZARD_STEPS)[number]['key'];

export type JobSource = 'catalog' | 'saved' | 'text' | 'none';

/** A job the interview is tailored to, with what we know of it to prefill the role. */
export interface PickedJob {
  id: string;
  title: string;
  detail?: string;
  seniority?: Seniority | null;
}

export interface JobChoiceState {
  source: JobSource;
  catalogJob: PickedJob | null;
  savedJob: PickedJob | null;
  text: string;
}

/** Talking questions only, a coding round (problems only), or both mixed. */
export type RoundKind = 'talking' | 'coding' | 'mixed';
export type CodingLanguage = 'python' | 'javascript';
/** '' lets the server choose from the seniority. */
export type CodingDifficulty = '' | 'easy' | 'medium' | 'hard';

export interface CodingChoice {
  problems: number;
  language: CodingLanguage;
  difficulty: CodingDifficulty;
}

export interface FormatState {
  round: RoundKind;
  coding: CodingChoice;
  mode: 'template' | 'custom';
  templateId: string | null;
  questionCount: number;
  timePerQuestionS: number;
  followUps: boolean;
  /** The candidate's own questions, one per line; asked first, the rest are chosen for them. */
  ownQuestions: string;
}

export interface WizardState {
  /** undefined until the person picks: the default resume is then used. */
  resumeId: string | null | undefined;
  job: JobChoiceState;
  role: string;
  /** Set once the person edits the role, so picking another job no longer overwrites it. */
  roleEdited: boolean;
  seniority: Seniority | '';
  seniorityEdited: boolean;
  format: FormatState;
}

export const JD_TEXT_MIN = 30;
export const ROLE_MIN = 2;
export const QUESTION_COUNT_MIN = 1;
export const QUESTION_COUNT_MAX = 20;
export const DEFAULT_QUESTION_COUNT = 5;
export const OWN_QUESTION_MIN = 10;
export const OWN_QUESTION_MAX = 1000;

export const CODING_PROBLEMS_MIN = 1;
export const CODING_PROBLEMS_MAX = 3;

export const TIME_CHOICES_S = [60, 120, 180, 300, 600] as const;

export function initialWizardState(): WizardState {
  return {
    resumeId: undefined,
    job: { source: 'none', catalogJob: null, savedJob: null, text: '' },
    role: '',
    roleEdited: false,
    seniority: '',
    seniorityEdited: false,
    format: {
      round: 'talking',
      coding: { problems: 1, language: 'python', difficulty: '' },
      mode: 'custom',
      templateId: null,
      questionCount: DEFAULT_QUESTION_COUNT,
      timePerQuestionS: 180,
      followUps: true,
      ownQuestions: '',
    },
  };
}

export function toPickedJob(job: JobChoice): PickedJob {
  return {
    id: job.id,
    title: job.title,
    detail: `${job.company} · ${job.location}`,
    seniority: job.parsed.seniority ?? null,
  };
}

export function templateQuestionCount(template: Pick<InterviewTemplate, 'mix'>) {
  const { behavioral = 0, technical = 0, situational = 0 } = template.mix;
  return behavioral + technical + situational;
}

/** The job the interview will use, if any. */
export function pickedJob(job: JobChoiceState): PickedJob | null {
  if (job.source === 'catalog') return job.catalogJob;
  if (job.source === 'saved') return job.savedJob;
  return null;
}

/** Prefill the role and seniority from the job, unless the person already typed their own. */
export function withJob(state: WizardState, job: JobChoiceState): WizardState {
  const picked = pickedJob(job);
  return {
    ...state,
    job,
    role: !state.roleEdited && picked ? picked.title : state.role,
    seniority: !state.seniorityEdited && picked?.seniority ? picked.seniority : state.seniority,
  };
}

/**
 * Prefill the role and seniority from what the server read in the pasted description, unless the
 * person typed their own meanwhile or pasted something else since.
 */
export function withPastedJob(state: WizardState, text: string, pasted: PastedJob): WizardState {
  if (state.job.source !== 'text' || state.job.text !== text) return state;
  const title = pasted.title?.trim();
  return {
    ...state,
    role: !state.roleEdited && title ? title : state.role,
    seniority: !state.seniorityEdited && pasted.seniority ? pasted.seniority : state.seniority,
  };
}

/** The non-empty lines of the own-questions box. */
export function ownQuestionLines(format: FormatState): string[] {
  return format.ownQuestions
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function ownQuestionsError(format: FormatState): string | null {
  const lines = ownQuestionLines(format);
  if (lines.length > QUESTION_COUNT_MAX) return `Write at most ${QUESTION_COUNT_MAX} questions.`;
  const bad = lines.findIndex((line) => line.length < OWN_QUESTION_MIN || line.length > OWN_QUESTION_MAX);
  if (bad >= 0) return `Question ${bad + 1} must be between ${OWN_QUESTION_MIN} and ${OWN_QUESTION_MAX} characters.`;
  return null;
}

/** What is wrong with a step, field by field; empty when the step is complete. */
export function stepErrors(step: WizardStep, state: WizardState): Record<string, string> {
  if (step === 'job') {
    const { job } = state;
    if (job.source === 'catalog' && !job.catalogJob)
      return { job: 'Choose a job from the search results, or another option.' };
    if (job.source === 'saved' && !job.savedJob) return { job: 'Choose one of your saved job descriptions.' };
    if (job.source === 'text' && job.text.trim().length < JD_TEXT_MIN) {
      return { jdText: `Paste at least ${JD_TEXT_MIN} characters of the job description.` };
    }
  }
  if (step === 'role' && state.role.trim().length < ROLE_MIN) return { role: 'Enter the role you are practising for.' };
  if (step === 'format') {
    const { format } = state;
    const { problems } = format.coding;
    if (
      format.round !== 'talking' &&
      (!Number.isInteger(problems) || problems < CODING_PROBLEMS_MIN || problems > CODING_PROBLEMS_MAX)
    ) {
      return { codingProblems: `Choose between ${CODING_PROBLEMS_MIN} and ${CODING_PROBLEMS_MAX} problems.` };
    }
    // A coding round has no talking questions: the count and the template do not apply.
    if (format.round === 'coding') return {};
    if (format.mode === 'template' && !format.templateId)
      return { template: 'Choose a template, or set the format yourself.' };
    if (
      format.mode === 'custom' &&
      (!Number.isInteger(format.questionCount) ||
        format.questionCount < QUESTION_COUNT_MIN ||
        format.questionCount > QUESTION_COUNT_MAX)
    ) {
      return { questionCount: `Choose between ${QUESTION_COUNT_MIN} and ${QUESTION_COUNT_MAX} questions.` };
    }
    const own = format.mode === 'custom' ? ownQuestionsError(format) : null;
    if (own) return { ownQuestions: own };
  }
  return {};
}

/** The request body for POST /api/interviews. */
export function toInterviewCreate(state: WizardState, resumeId: string | null): InterviewCreate {
  const { job, format } = state;
  const useTemplate = format.round !== 'coding' && format.mode === 'template' && format.templateId !== null;
  // With a template, its mix sets the number of questions and the count is ignored.
  const body: InterviewCreate = {
    role: state.role.trim(),
    question_count: useTemplate ? DEFAULT_QUESTION_COUNT : format.questionCount,
  };
  if (state.seniority) body.seniority = state.seniority;
  if (resumeId) body.resume_id = resumeId;
  if (job.source === 'catalog' && job.catalogJob) body.job_id = job.catalogJob.id;
  if (job.source === 'saved' && job.savedJob) body.job_description_id = job.savedJob.id;
  if (job.source === 'text') body.jd_text = job.text.trim();
  if (useTemplate) {
    body.template_id = format.templateId;
  } else {
    body.settings = { time_per_question_s: format.timePerQuestionS, follow_ups: format.followUps };
    const own = ownQuestionLines(format);
    if (own.length > 0 && format.round !== 'coding') body.custom_questions = own.map((text) => ({ text }));
  }
  // Talking only: no coding field, so a template's own coding problems still apply.
  if (format.round !== 'talking') {
    const { problems, language, difficulty } = format.coding;
    body.coding = { problems, only: format.round === 'coding', language, difficulty: difficulty || null };
  }
  return body;
}
