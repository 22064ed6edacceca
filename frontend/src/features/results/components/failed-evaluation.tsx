import { RotateCcw } from 'lucide-react';
import { toast } from 'sonner';

import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-error';

import type { QuestionResult } from '../api/get-results';
import { useRetryEvaluation } from '../api/retry-evaluation';

interface FailedEvaluationProps {
  interviewId: string;
  question: QuestionResult;
  /** The candidate can ask again; an admin reviewing someone else's interview cannot. */
  canRetry: boolean;
}

/** Why the answer has no score, and a way to try again. */
export function FailedEvaluation({ interviewId, question, canRetry }: FailedEvaluationProps) {
  const retry = useRetryEvaluation(interviewId);
  return (
    <div className="space-y-2 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
      <p>
        This answer could not be evaluated
        {question.evaluation_error ? `: ${question.evaluation_error}.` : '.'}
      </p>
      {canRetry ? (
        <Button
          variant="secondary"
          size="sm"
          isLoading={retry.isPending}
          onClick={() =>
            retry.mutate(
              { interviewId, questionId: question.question_id },
              { onError: (error) => toast.error(errorMessage(error)) },
            )
          }
        >
          <RotateCcw aria-hidden="true" className="size-4" />
          Evaluate again
        </Button>
      ) : null}
    </div>
  );
}
