import { useEffect, useState } from 'react';

import type { InterviewClock } from '../api/get-interview';

export interface QuestionTimer {
  elapsed: number;
  /** Negative once the question is over time. */
  remaining: number;
  limit: number;
}

/**
 * The current question's clock, ticking every second from what the server said at `fetchedAt`
 * (the server owns the time: a reload or another tab shows the same countdown).
 */
export function useQuestionTimer(clock: InterviewClock, fetchedAt: number): QuestionTimer | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (clock.current_question_elapsed_s == null) return null;
  const elapsed = clock.current_question_elapsed_s + Math.max(0, now - fetchedAt) / 1000;
  return { elapsed, remaining: clock.time_per_question_s - elapsed, limit: clock.time_per_question_s };
}
