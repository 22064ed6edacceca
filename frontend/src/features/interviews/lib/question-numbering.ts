import { plural } from '@/lib/plural';

import type { InterviewQuestion } from '../api/get-interview';

type NumberedQuestion = Pick<InterviewQuestion, 'id' | 'source' | 'parent_id'>;

export interface QuestionNumber {
  /** The main question's number: a follow-up keeps the number of the question it follows. */
  main: number;
  /** 1 for the first follow-up of a question, 2 for the second; null for a main question. */
  followUp: number | null;
}

const isFollowUp = (question: Pick<InterviewQuestion, 'source'>) => question.source === 'follow_up';

/**
 * Numbers the main questions 1..n; follow-ups take the number of the question they dig into, so
 * adding one never renumbers the questions after it.
 */
export function numberQuestions(questions: NumberedQuestion[]): Map<string, QuestionNumber> {
  const numbers = new Map<string, QuestionNumber>();
  const followUps = new Map<number, number>();
  let main = 0;
  for (const question of questions) {
    if (!isFollowUp(question)) {
      main += 1;
      numbers.set(question.id, { main, followUp: null });
      continue;
    }
    const parent = question.parent_id ? numbers.get(question.parent_id) : undefined;
    const number = parent?.main ?? Math.max(main, 1);
    const nth = (followUps.get(number) ?? 0) + 1;
    followUps.set(number, nth);
    numbers.set(question.id, { main: number, followUp: nth });
  }
  return numbers;
}

/** How many main questions the interview has (what "of n" counts). */
export function mainQuestionCount(questions: NumberedQuestion[]): number {
  return questions.filter((question) => !isFollowUp(question)).length;
}

/** "Question 3 of 5", "Question 3 · follow-up", "Question 3 · follow-up 2". */
export function questionLabel(number: QuestionNumber | undefined, total?: number): string {
  if (!number) return 'Question';
  if (number.followUp === null) return total ? `Question ${number.main} of ${total}` : `Question ${number.main}`;
  return `Question ${number.main} · follow-up${number.followUp > 1 ? ` ${number.followUp}` : ''}`;
}

/**
 * "You answered 2 of 3 questions, plus 1 follow-up, and skipped 1": counted as the room numbers
 * them, so "of 3" is the questions the interview promised and follow-ups come on top.
 */
export function answeredSummary(questions: Pick<InterviewQuestion, 'source' | 'status'>[]): string {
  const answered = (question: Pick<InterviewQuestion, 'status'>) => question.status === 'answered';
  const main = questions.filter((question) => !isFollowUp(question));
  const followUps = questions.filter((question) => isFollowUp(question) && answered(question)).length;
  const skipped = questions.filter((question) => question.status === 'skipped').length;
  let summary = `You answered ${main.filter(answered).length} of ${plural(main.length, 'question')}`;
  if (followUps > 0) summary += `, plus ${plural(followUps, 'follow-up')}`;
  if (skipped > 0) summary += `${followUps > 0 ? ',' : ''} and skipped ${skipped}`;
  return summary;
}
