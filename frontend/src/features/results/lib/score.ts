import type { AnswerEvaluation } from '../api/get-results';

export type ScoreTone = 'success' | 'warning' | 'danger';

/** Tone for a 0-100 score; the number is always shown too: never colour alone. */
export function scoreTone(score: number): ScoreTone {
  if (score >= 70) return 'success';
  if (score >= 50) return 'warning';
  return 'danger';
}

export function gradeTone(grade: AnswerEvaluation['grade']): ScoreTone {
  if (grade === 'A' || grade === 'B') return 'success';
  if (grade === 'C') return 'warning';
  return 'danger';
}

export const SCORE_FILLS: Record<ScoreTone, string> = {
  success: '#059669',
  warning: '#d97706',
  danger: '#dc2626',
};

/** Below the C grade (backend evaluation/schemas.py GRADE_FLOORS): a score that needs explaining. */
export const LOW_SCORE_BELOW = 55;

/** An evaluation that scored its answer; abstained ones ("not enough to score") have no score or grade. */
export function isScored(
  evaluation: AnswerEvaluation,
): evaluation is AnswerEvaluation & { score: number; grade: NonNullable<AnswerEvaluation['grade']> } {
  return evaluation.scored && evaluation.score !== null && evaluation.grade !== null;
}

/** The backend's abstain codes (evaluation/abstain.py REASONS), said so a candidate knows what to do. */
const ABSTAIN_MESSAGES: Record<string, string> = {
  empty: 'No answer came through for this question, so there was nothing to judge.',
  too_short: 'The answer was too short to judge — aim for a few sentences that answer the question.',
  no_content: 'The answer had too few meaningful words to judge — say what you did or would do, with specifics.',
  unintelligible:
    'The answer could not be understood — the transcript looks like noise. If you spoke, check your microphone and speak clearly.',
};

/** Why an answer was not scored, in plain words; the evaluation's own remark when the code is new to us. */
export function abstainMessage(evaluation: AnswerEvaluation): string {
  return (evaluation.abstain_reason && ABSTAIN_MESSAGES[evaluation.abstain_reason]) || evaluation.remark;
}
