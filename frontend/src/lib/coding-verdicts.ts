import type { components } from '@/api/schema';

export type Verdict = components['schemas']['Verdict'];

/** How a judged submission is named to the candidate, wherever it is shown. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong answer',
  time_limit: 'Time limit exceeded',
  memory_limit: 'Memory limit exceeded',
  runtime_error: 'Runtime error',
  not_allowed: 'Not allowed',
  output_limit: 'Output limit exceeded',
  compile_error: 'Did not compile',
  skipped: 'Skipped',
  not_run: 'Not run',
};
