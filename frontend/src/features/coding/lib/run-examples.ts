import { describeDifference, sameValue } from './compare';
import type { CodeRunner, Comparison, RunJob, RunResults } from './run-types';

/** Runs the job and judges each example the way the server does (same comparison rules). */
export async function runExamples(runner: CodeRunner, job: RunJob, comparison: Comparison): Promise<RunResults> {
  const raw = await runner(job);
  const results = raw.results.flatMap((result, index) => {
    const example = job.examples[index];
    if (!example) return [];
    const passed = result.error === null && sameValue(example.expected, result.actual, comparison);
    return [
      {
        ...result,
        input: example.args.map((arg) => JSON.stringify(arg)).join(', '),
        expected: example.expected,
        passed,
        diff: passed || result.error !== null ? null : describeDifference(example.expected, result.actual),
      },
    ];
  });
  return { loadError: raw.loadError, results };
}
