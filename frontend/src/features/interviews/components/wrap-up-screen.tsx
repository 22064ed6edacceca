import { Flag } from 'lucide-react';
import { useEffect, useRef } from 'react';

import { Button } from '@/components/ui/button';

import type { Interview } from '../api/get-interview';

interface WrapUpScreenProps {
  interview: Interview;
  isFinishing: boolean;
  onFinish: () => void;
}

/** After the last question: a summary and "Finish interview". */
export function WrapUpScreen({ interview, isFinishing, onFinish }: WrapUpScreenProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const answered = interview.questions.filter((question) => question.status === 'answered').length;
  const skipped = interview.questions.filter((question) => question.status === 'skipped').length;
  return (
    <section
      aria-labelledby="wrap-up-heading"
      className="space-y-5 rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm"
    >
      <h2
        id="wrap-up-heading"
        ref={headingRef}
        tabIndex={-1}
        className="text-xl font-semibold text-neutral-900 focus:outline-none"
      >
        That was the last question
      </h2>
      <p className="text-neutral-700">
        You answered {answered} of {interview.questions.length} questions
        {skipped > 0 ? ` and skipped ${skipped}` : ''}. You can still open any of them from the question list and answer
        again, or finish now to get your results.
      </p>
      <Button size="lg" isLoading={isFinishing} onClick={onFinish}>
        {isFinishing ? null : <Flag aria-hidden="true" className="size-4" />}
        Finish interview
      </Button>
    </section>
  );
}
