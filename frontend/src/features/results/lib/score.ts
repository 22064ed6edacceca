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
