import { VERDICT_LABELS } from '@/lib/coding-verdicts';

import type { Submission } from '../api/get-coding-question';

const verdictLabel = (verdict: Submission['verdict']) => VERDICT_LABELS[verdict];

/** The server's judgement of a submission on the hidden tests (their inputs stay hidden until the end). */
export function SubmissionVerdict({ submission }: { submission: Submission }) {
  const accepted = submission.verdict === 'accepted';
  return (
    <section
      aria-label="Submission result"
      className="rounded-lg bg-neutral-900 p-3 text-sm text-neutral-100 ring-1 ring-white/10"
    >
      <p role="status" className={accepted ? 'font-semibold text-emerald-300' : 'font-semibold text-rose-300'}>
        {verdictLabel(submission.verdict)}: {submission.passed} of {submission.total} hidden tests passed
      </p>
      {submission.load_error ? (
        <pre className="mt-1 font-mono text-xs whitespace-pre-wrap text-rose-200">{submission.load_error}</pre>
      ) : null}
      <p className="mt-1 text-neutral-300">
        Correctness {submission.correctness}/100 · code quality {submission.quality.score}/100 · score{' '}
        {submission.score}
      </p>
      <ul className="mt-2 space-y-0.5 text-xs text-neutral-300">
        {submission.tests.map((test) => (
          <li key={test.name}>
            {test.verdict === 'accepted' ? '✓' : '✗'} {test.name} — {verdictLabel(test.verdict)}
            {test.error ? `: ${test.error}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
