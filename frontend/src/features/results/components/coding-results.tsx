import { Code2 } from 'lucide-react';

import type { components } from '@/api/schema';
import { VERDICT_LABELS } from '@/lib/coding-verdicts';

import { CodeReplay } from './code-replay';

type CodingResults = components['schemas']['CodingResults'];
type CodingProblemResult = components['schemas']['CodingProblemResult'];

function summary(problem: CodingProblemResult): string {
  if (!problem.submitted || !problem.verdict) return 'Not submitted';
  const score = problem.score === null ? '' : ` · score ${problem.score}`;
  return `${VERDICT_LABELS[problem.verdict]} · ${problem.hidden_passed} of ${problem.hidden_total} hidden tests passed${score}`;
}

/** "Coding replay": each problem's verdict and its replay (the screen, the camera and the code timeline). */
export function CodingResultsSection({ interviewId, coding }: { interviewId: string; coding: CodingResults }) {
  return (
    <section
      aria-labelledby="coding-replay-heading"
      className="space-y-4 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="coding-replay-heading" className="flex items-center gap-2 text-lg font-semibold text-neutral-900">
        <Code2 aria-hidden="true" className="size-5 text-indigo-600" />
        Coding replay
      </h2>
      {coding.problems.map((problem) => (
        <article key={problem.question_id} aria-labelledby={`replay-${problem.question_id}`} className="space-y-3">
          <header>
            <h3 id={`replay-${problem.question_id}`} className="font-medium text-neutral-900">
              {problem.title}
            </h3>
            <p className="text-sm text-neutral-600">{summary(problem)}</p>
          </header>
          <CodeReplay interviewId={interviewId} questionId={problem.question_id} />
        </article>
      ))}
    </section>
  );
}
