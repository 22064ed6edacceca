import type { components } from '@/api/schema';

import { nextUuid } from './factories';
import {
  buildEvaluation,
  buildInterviewQuestion,
  type AnswerEvaluation,
  type BankQuestion,
  type Interview,
  type InterviewQuestion,
  type Template,
} from './interview-factories';

type Schemas = components['schemas'];
type InterviewStatus = Interview['status'];

/** What the mock server keeps of an interview: the API shape minus what it computes on read. */
export interface StoredInterview extends Omit<Interview, 'stages' | 'clock' | 'question_count' | 'answered_count'> {
  owner: string;
}

/** Ids of answers whose evaluation is still running (the results say "pending"). */
type PendingEvaluations = Set<string>;

const FOLLOW_UP_WORDS = 5;

function nowIso() {
  return new Date().toISOString();
}

function stages(interview: StoredInterview): Schemas['Stage'][] {
  const started = interview.status !== 'scheduled';
  const finished = interview.status === 'completed' || interview.status === 'abandoned';
  const current = interview.questions.find((q) => q.status === 'pending' || q.status === 'asked');
  const list: Schemas['Stage'][] = [
    { key: 'introduction', label: 'Introduction', status: started ? 'done' : 'current' },
  ];
  let number = 0; // As the backend: a follow-up keeps the number of the question it follows.
  interview.questions.forEach((question) => {
    let status: Schemas['Stage']['status'] = 'pending';
    if (question.status === 'answered') status = 'done';
    else if (question.status === 'skipped') status = 'skipped';
    else if (started && !finished && question === current) status = 'current';
    if (question.source !== 'follow_up') number += 1;
    list.push({
      key: question.id,
      label: question.source === 'follow_up' ? `Question ${Math.max(number, 1)} · follow-up` : `Question ${number}`,
      status,
    });
  });
  list.push({
    key: 'wrap_up',
    label: 'Wrap-up',
    status: finished ? 'done' : started && !current ? 'current' : 'pending',
  });
  return list;
}

function clock(interview: StoredInterview): Schemas['Clock'] {
  const limit = interview.settings.time_per_question_s ?? 180;
  const current =
    interview.status === 'in_progress' ? interview.questions.find((q) => q.status === 'asked') : undefined;
  const elapsed = current?.asked_at ? (Date.now() - new Date(current.asked_at).getTime()) / 1000 : null;
  return {
    started_at: interview.started_at,
    elapsed_s: interview.started_at ? (Date.now() - new Date(interview.started_at).getTime()) / 1000 : 0,
    time_per_question_s: limit,
    current_question_id: current?.id ?? null,
    current_question_elapsed_s: elapsed,
    current_question_remaining_s: elapsed === null ? null : Math.max(0, limit - elapsed),
  };
}

function withoutOwner({ owner: _owner, ...interview }: StoredInterview) {
  return interview;
}

/** What the server stores: the API shape without what it computes on read. */
function toStored(
  owner: string,
  { stages: _stages, clock: _clock, question_count: _count, answered_count: _answered, ...rest }: Interview,
): StoredInterview {
  return { ...rest, owner: owner.toLowerCase() };
}

export function toInterviewRead(stored: StoredInterview): Interview {
  const interview = withoutOwner(stored);
  return {
    ...interview,
    question_count: stored.questions.length,
    answered_count: stored.questions.filter((q) => q.status === 'answered').length,
    stages: stages(stored),
    clock: clock(stored),
  };
}

export function toSummary(stored: StoredInterview): Schemas['InterviewSummary'] {
  const read = toInterviewRead(stored);
  return {
    id: read.id,
    role: read.role,
    seniority: read.seniority,
    status: read.status,
    mode: read.mode,
    job_title: read.job_title,
    question_count: read.question_count,
    answered_count: read.answered_count,
    created_at: read.created_at,
    started_at: read.started_at,
    completed_at: read.completed_at,
  };
}

function askNext(interview: StoredInterview) {
  const next = interview.questions.find((q) => q.status === 'pending' || q.status === 'asked');
  if (next && !next.asked_at) {
    next.status = 'asked';
    next.asked_at = nowIso();
  }
}

function renumber(interview: StoredInterview) {
  interview.questions.forEach((question, index) => (question.position = index));
}

/** An in-memory stand-in for the backend's interviews, evaluations, templates and question bank. */
function createInterviewDb() {
  let interviews: StoredInterview[] = [];
  let templates: Template[] = [];
  let bank: BankQuestion[] = [];
  let usedSlugs = new Set<string>();
  let evaluations = new Map<string, AnswerEvaluation>();
  let pending: PendingEvaluations = new Set();
  /** Answer id → why its evaluation failed. */
  let failures = new Map<string, string>();

  return {
    reset() {
      interviews = [];
      templates = [];
      bank = [];
      usedSlugs = new Set();
      evaluations = new Map();
      pending = new Set();
      failures = new Map();
    },

    addInterview(owner: string, interview: Interview): StoredInterview {
      const stored = toStored(owner, interview);
      interviews.push(stored);
      return stored;
    },
    findInterview: (id: string) => interviews.find((interview) => interview.id === id),
    /** Newest first. */
    listInterviews: (owner?: string) =>
      interviews
        .filter((interview) => !owner || interview.owner === owner.toLowerCase())
        .slice()
        .reverse(),

    start(interview: StoredInterview) {
      interview.status = 'in_progress';
      interview.started_at = nowIso();
      askNext(interview);
    },

    answer(interview: StoredInterview, question: InterviewQuestion, body: Schemas['AnswerCreate']) {
      const previous = question.answer ?? null;
      if (previous)
        question.previous_answers = [...(question.previous_answers ?? []), { ...previous, is_current: false }];
      const now = nowIso();
      const limit = interview.settings.time_per_question_s ?? 180;
      const askedAt = question.asked_at ?? now;
      question.answer = {
        id: nextUuid('s'),
        transcript: body.transcript.trim(),
        source: body.source ?? 'typed',
        duration_s: body.duration_s ?? null,
        recording_id: body.recording_id ?? null,
        is_current: true,
        over_time: (Date.now() - new Date(askedAt).getTime()) / 1000 > limit,
        submitted_at: now,
        evaluation_status: 'done',
        evaluation_error: null,
        evaluation: null,
      };
      question.status = 'answered';
      question.asked_at = askedAt;
      question.answered_at = now;
      const wordCount = body.transcript.trim().split(/\s+/).length;
      const hasFollowUp = interview.questions.some((q) => q.parent_id === question.id);
      if (
        !previous &&
        interview.settings.follow_ups &&
        question.source !== 'follow_up' &&
        !hasFollowUp &&
        wordCount < FOLLOW_UP_WORDS
      ) {
        const followUp = buildInterviewQuestion({
          text: 'Can you go a little deeper: what exactly did you do, and what came of it?',
          category: question.category,
          source: 'follow_up',
          reason: 'Follow-up: the first answer was short.',
          parent_id: question.id,
        });
        interview.questions.splice(interview.questions.indexOf(question) + 1, 0, followUp);
        renumber(interview);
      }
      askNext(interview);
    },

    skip(interview: StoredInterview, question: InterviewQuestion) {
      question.status = 'skipped';
      question.asked_at ??= nowIso();
      question.answered_at = nowIso();
      askNext(interview);
    },

    complete(interview: StoredInterview) {
      for (const question of interview.questions)
        if (question.status === 'pending' || question.status === 'asked') question.status = 'skipped';
      interview.status = 'completed';
      interview.completed_at = nowIso();
    },

    setStatus(interview: StoredInterview, status: InterviewStatus) {
      interview.status = status;
    },

    /** The evaluation of a question's current answer: a set one, else one built from the transcript. */
    evaluationFor(question: InterviewQuestion): AnswerEvaluation | null {
      const answer = question.answer;
      if (!answer || pending.has(answer.id) || failures.has(answer.id)) return null;
      return evaluations.get(question.id) ?? buildEvaluation(answer.transcript);
    },
    setEvaluation: (questionId: string, evaluation: AnswerEvaluation) => void evaluations.set(questionId, evaluation),
    isPending: (question: InterviewQuestion) => Boolean(question.answer && pending.has(question.answer.id)),
    /** Marks every current answer of the interview as still being evaluated. */
    holdEvaluations(interview: StoredInterview) {
      for (const question of interview.questions) if (question.answer) pending.add(question.answer.id);
    },
    releaseEvaluations: () => pending.clear(),
    /** The evaluation of the question's current answer gave up, for this reason. */
    failEvaluation(question: InterviewQuestion, reason: string) {
      if (question.answer) failures.set(question.answer.id, reason);
    },
    evaluationError: (question: InterviewQuestion) =>
      question.answer ? (failures.get(question.answer.id) ?? null) : null,
    /** Evaluate a failed answer again: it is pending until the evaluations are released. */
    retryEvaluation(question: InterviewQuestion): boolean {
      const answer = question.answer;
      if (!answer || !failures.delete(answer.id)) return false;
      pending.add(answer.id);
      return true;
    },

    addTemplates: (...added: Template[]) => void templates.push(...added),
    listTemplates: () => [...templates].sort((a, b) => a.name.localeCompare(b.name)),
    findTemplate: (id: string) => templates.find((template) => template.id === id),
    deleteTemplate(id: string) {
      templates = templates.filter((template) => template.id !== id);
    },

    addBankQuestions: (...added: BankQuestion[]) => void bank.push(...added),
    listBank: () => bank,
    findBankQuestion: (id: string) => bank.find((question) => question.id === id),
    findBankQuestionBySlug: (slug: string) => bank.find((question) => question.slug === slug),
    markUsed: (slug: string) => void usedSlugs.add(slug),
    isUsed: (slug: string) => usedSlugs.has(slug),
    deleteBankQuestion(id: string) {
      bank = bank.filter((question) => question.id !== id);
    },
  };
}

export const interviewDb = createInterviewDb();
