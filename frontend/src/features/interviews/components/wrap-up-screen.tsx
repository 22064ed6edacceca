import { Flag } from 'lucide-react';
import { useEffect, useRef } from 'react';

import { Button } from '@/components/ui/button';

import type { Interview } from '../api/get-interview';
import { answeredSummary } from '../lib/question-numbering';

interface WrapUpScreenProps {
  interview: Interview;
  isFinishing: boolean;
  onFinish: () => void;
}

/** After the last question: a summary and "Finish interview". */
export function WrapUpScreen({ interview, isFinishing, onFinish }: WrapUpScreenProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const summary = answeredSummary(interview.questions);
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
        {summary}. You can still open any of them from the question list and answer again, or finish now to get your
        results.
      </p>
      <Button size="lg" isLoading={isFinishing} onClick={onFinish}>
        {isFinishing ? null : <Flag aria-hidden="true" className="size-4" />}
        Finish interview
      </Button>
    </section>
  );
}
