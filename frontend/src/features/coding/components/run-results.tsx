import { CheckCircle2, XCircle } from 'lucide-react';

import type { CaseResult, RunResults } from '../lib/run-types';

function show(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value);
}

function CaseRow({ result, index }: { result: CaseResult; index: number }) {
  const name = `Example ${index + 1}`;
  return (
    <li
      aria-label={`${name}: ${result.passed ? 'passed' : 'failed'}`}
      className="rounded-lg bg-neutral-900 p-3 ring-1 ring-white/10"
    >
      <div className="flex items-center justify-between gap-2 text-sm font-semibold">
        <span className="inline-flex items-center gap-1.5">
          {result.passed ? (
            <CheckCircle2 aria-hidden="true" className="size-4 text-emerald-400" />
          ) : (
            <XCircle aria-hidden="true" className="size-4 text-rose-400" />
          )}
          {name} {result.passed ? 'passed' : 'failed'}
        </span>
        <span className="text-xs font-normal text-neutral-400">{result.timeMs.toFixed(1)} ms</span>
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 font-mono text-xs text-neutral-200">
        <dt className="text-neutral-400">Input</dt>
        <dd className="break-all">{result.input}</dd>
        <dt className="text-neutral-400">Expected</dt>
        <dd className="break-all">{show(result.expected)}</dd>
        {result.error === null ? (
          <>
            <dt className="text-neutral-400">Actual</dt>
            <dd className="break-all">{show(result.actual)}</dd>
          </>
        ) : null}
        {result.diff ? (
          <>
            <dt className="text-neutral-400">Difference</dt>
            <dd className="text-amber-300">{result.diff}</dd>
          </>
        ) : null}
        {result.error ? (
          <>
            <dt className="text-neutral-400">Error</dt>
            <dd className="whitespace-pre-wrap text-rose-300">{result.error}</dd>
          </>
        ) : null}
        {result.stdout ? (
          <>
            <dt className="text-neutral-400">Output</dt>
            <dd>
              <pre className="whitespace-pre-wrap">{result.stdout}</pre>
            </dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}

/** The visible examples as run in the browser: per example input, expected, actual, the difference, output and time. */
export function RunResultsPanel({ run }: { run: RunResults }) {
  if (run.loadError) {
    return (
      <div role="alert" className="rounded-lg bg-rose-950 p-3 text-sm text-rose-100">
        <p className="font-semibold">Your code did not load</p>
        <pre className="mt-1 font-mono text-xs whitespace-pre-wrap">{run.loadError}</pre>
      </div>
    );
  }
  const passed = run.results.filter((result) => result.passed).length;
  return (
    <section aria-label="Example results" className="space-y-2">
      <p role="status" className="text-sm font-medium text-neutral-200">
        {passed} of {run.results.length} examples passed
      </p>
      <ol className="space-y-2">
        {run.results.map((result, index) => (
          <CaseRow key={index} result={result} index={index} />
        ))}
      </ol>
    </section>
  );
}
