import type { components } from '@/api/schema';

import { nextUuid } from './factories';

type Schemas = components['schemas'];
export type Interview = Schemas['InterviewRead'];
export type InterviewQuestion = Schemas['InterviewQuestionRead'];
export type Answer = Schemas['AnswerRead'];
export type AnswerEvaluation = Schemas['AnswerEvaluation'];
export type EvaluationWorking = Schemas['EvaluationWorking'];
export type Template = Schemas['TemplateRead'];
export type BankQuestion = Schemas['QuestionRead'];
export type Category = InterviewQuestion['category'];

const CATEGORIES: Category[] = ['behavioral', 'technical', 'situational'];

const QUESTION_TEXTS: Record<Category, string> = {
  behavioral: 'Tell me about a time you disagreed with a teammate. What did you do?',
  technical: 'How would you design an API that stays fast under heavy load?',
  situational: 'Production is down on a Friday evening. Walk me through your first ten minutes.',
  coding: 'Coding exercise: Two sum. Find the two numbers in a list that add up to a target.',
};

export function buildInterviewQuestion(overrides: Partial<InterviewQuestion> = {}): InterviewQuestion {
  const category = overrides.category ?? 'technical';
  return {
    id: nextUuid('q'),
    position: 0,
    text: QUESTION_TEXTS[category],
    category,
    skills: ['Python'],
    difficulty: 2,
    source: 'bank',
    reason: 'The job asks for Python.',
    parent_id: null,
    status: 'pending',
    asked_at: null,
    answered_at: null,
    answer: null,
    previous_answers: [],
    ...overrides,
  };
}

/** Questions cycling through the categories, numbered in their text so tests can tell them apart. */
export function buildQuestions(count: number, role = 'Backend Engineer'): InterviewQuestion[] {
  return Array.from({ length: count }, (_, index) => {
    const category = CATEGORIES[index % CATEGORIES.length]!;
    return buildInterviewQuestion({
      position: index,
      category,
      text: `Question ${index + 1} for the ${role}: ${QUESTION_TEXTS[category]}`,
    });
  });
}

export function buildInterview(overrides: Partial<Interview> = {}): Interview {
  const questions = overrides.questions ?? buildQuestions(3, overrides.role ?? undefined);
  return {
    id: nextUuid('i'),
    role: 'Backend Engineer',
    seniority: 'senior',
    status: 'scheduled',
    mode: 'standard',
    job_title: null,
    question_count: questions.length,
    answered_count: 0,
    created_at: new Date('2025-03-12T10:00:00Z').toISOString(),
    started_at: null,
    completed_at: null,
    resume_id: null,
    job_id: null,
    job_description_id: null,
    template_id: null,
    settings: { time_per_question_s: 180, follow_ups: true },
    generator: 'local',
    generator_note: null,
    match: null,
    stages: [],
    clock: {
      started_at: null,
      elapsed_s: 0,
      time_per_question_s: 180,
      current_question_id: null,
      current_question_elapsed_s: null,
      current_question_remaining_s: null,
    },
    ...overrides,
    questions,
  };
}

/** An evaluation quoting the answer's first sentence as the evidence for the first key point. */
export function buildEvaluation(transcript: string, overrides: Partial<AnswerEvaluation> = {}): AnswerEvaluation {
  const firstSentence = /^[^.!?]+[.!?]?/.exec(transcript.trim())?.[0] ?? transcript;
  return {
    scored: true,
    abstain_reason: null,
    score: 72,
    grade: 'B',
    relevance: 80,
    depth: 65,
    structure: 70,
    communication: 75,
    key_points_covered: [{ point: 'Gives a concrete example', evidence: firstSentence }],
    key_points_missed: ['States the measurable result'],
    remark: 'A relevant example, told clearly.',
    suggestion: 'Finish with the result, in numbers if you can.',
    model_answer: 'Situation, task, action, result: with a number at the end.',
    evaluator: 'local',
    signals: {},
    working: null,
    ...overrides,
  };
}

/** How the built-in evaluator reached a score: the weights are the backend's (evaluation/local.py). */
export function buildWorking(overrides: Partial<EvaluationWorking> = {}): EvaluationWorking {
  return {
    rubric: 'key points',
    framework: 'STAR',
    components: [
      { name: 'relevance', value: 80, weight: 0.3 },
      { name: 'depth', value: 65, weight: 0.35 },
      { name: 'structure', value: 70, weight: 0.15 },
      { name: 'communication', value: 75, weight: 0.2 },
    ],
    relevance_parts: [
      { name: 'semantic similarity', value: 0.62, weight: 0.5 },
      { name: 'lexical evidence', value: 0.55, weight: 0.5 },
    ],
    gate: 1,
    length_factor: 1,
    evidence: [],
    ...overrides,
  };
}

/** An answer with too little in it to score, as the backend's evaluation/abstain.py returns it. */
export function buildAbstainedEvaluation(
  reason: 'empty' | 'too_short' | 'no_content' | 'unintelligible' = 'too_short',
  overrides: Partial<AnswerEvaluation> = {},
): AnswerEvaluation {
  return buildEvaluation('', {
    scored: false,
    abstain_reason: reason,
    score: null,
    grade: null,
    relevance: 0,
    depth: 0,
    structure: 0,
    communication: 0,
    key_points_covered: [],
    key_points_missed: ['Gives a concrete example', 'States the measurable result'],
    remark: 'The answer is too short to score. Not enough to score.',
    suggestion: 'Give a full answer of a few sentences, starting with: Gives a concrete example.',
    signals: { word_count: 3, key_points_total: 2 },
    ...overrides,
  });
}

export function buildTemplate(overrides: Partial<Template> = {}): Template {
  const now = new Date('2025-03-01T09:00:00Z').toISOString();
  return {
    id: nextUuid('t'),
    name: 'Backend engineer, 30 min',
    description: 'Two behavioral and three technical questions.',
    role: 'Backend engineer',
    seniority: null,
    mix: { behavioral: 2, technical: 3, situational: 0 },
    time_per_question_s: 300,
    follow_ups: true,
    coding_problems: 0,
    created_at: now,
    updated_at: now,
    ...overrides,
  };
}

export function buildBankQuestion(overrides: Partial<BankQuestion> = {}): BankQuestion {
  const now = new Date('2025-03-01T09:00:00Z').toISOString();
  const text = overrides.text ?? 'Tell me about a time you had to learn a new technology quickly.';
  return {
    id: nextUuid('b'),
    slug: text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60),
    text,
    category: 'behavioral',
    skills: [],
    role_families: ['software'],
    competency: 'learning',
    difficulty: 2,
    key_points: ['Names the technology and the deadline', 'Explains how they learned', 'Shares the result'],
    model_answer: 'I had two weeks to learn Kafka…',
    follow_ups: [],
    archived: false,
    created_at: now,
    updated_at: now,
    ...overrides,
  };
}
