import type { Retry } from '../api/get-retries';
import type { CoveredPoint, QuestionResult } from '../api/get-results';

/** What an earlier attempt was: the interview's answer, or a retry. */
export interface EarlierAttempt {
  label: string;
  transcript: string | null;
  covered: CoveredPoint[];
  /** The interview's answer plays in the recording above; a retry has its own take. */
  questionId?: string;
  retry?: Retry;
}

export function originalAttempt(question: QuestionResult): EarlierAttempt {
  return {
    label: 'Your answer in the interview',
    transcript: question.transcript,
    covered: question.evaluation?.key_points_covered ?? [],
    questionId: question.question_id,
  };
}

export function retryAttempt(retry: Retry): EarlierAttempt {
  return {
    label: `Retry ${retry.attempt}`,
    transcript: retry.transcript,
    covered: retry.evaluation?.key_points_covered ?? [],
    retry,
  };
}
