import { RotateCcw } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';

import { Button } from '@/components/ui/button';

import { useRetries } from '../api/get-retries';
import type { QuestionResult } from '../api/get-results';
import { originalAttempt, retryAttempt, type EarlierAttempt } from '../lib/attempts';
import { AttemptCard } from './attempt-card';
import { RetryForm } from './retry-form';

interface QuestionPracticeProps {
  interviewId: string;
  question: QuestionResult;
  /** The candidate's own results: they may try again (an admin only reads). */
  canRetry: boolean;
}

/** "Retry this question", and every retry so far, each beside the attempt it is compared with. */
export function QuestionPractice({ interviewId, question, canRetry }: QuestionPracticeProps) {
  const retries = useRetries(interviewId);
  const [open, setOpen] = useState(false);
  const retryButton = useRef<HTMLButtonElement>(null);
  const closedByPerson = useRef(false);
  // The form takes the place of the button: when it goes, focus returns to the button, not the page.
  useEffect(() => {
    if (!open && closedByPerson.current) retryButton.current?.focus();
  }, [open]);
  const close = () => {
    closedByPerson.current = true;
    setOpen(false);
  };
  const mine = (retries.data ?? []).filter((retry) => retry.question_id === question.question_id);
  const earlierOf = (number: number): EarlierAttempt => {
    const previous = mine.find((retry) => retry.attempt === number);
    return previous ? retryAttempt(previous) : originalAttempt(question);
  };
  const refresh = () => void retries.refetch();

  return (
    <div className="space-y-4 border-t border-neutral-100 pt-4">
      {mine.length > 0 ? (
        <section className="space-y-3" aria-label="Your retries">
          <h4 className="text-sm font-semibold text-neutral-900">Your retries</h4>
          {[...mine].reverse().map((retry) => (
            <AttemptCard
              key={retry.id}
              retry={retry}
              earlier={earlierOf(retry.comparison?.previous_attempt ?? retry.attempt - 1)}
              onExpired={refresh}
            />
          ))}
        </section>
      ) : null}
      {canRetry && open ? (
        <RetryForm interviewId={interviewId} questionId={question.question_id} onDone={close} onCancel={close} />
      ) : null}
      {canRetry && !open ? (
        <Button ref={retryButton} variant="secondary" onClick={() => setOpen(true)}>
          <RotateCcw aria-hidden="true" className="size-4" />
          Retry this question
        </Button>
      ) : null}
    </div>
  );
}
