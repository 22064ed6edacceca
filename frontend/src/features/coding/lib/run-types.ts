export type RunLanguage = 'python' | 'javascript';
export type Comparison = 'exact' | 'unordered' | 'unordered_nested' | 'float';

export interface ExampleCase {
  args: unknown[];
  expected: unknown;
}

/** What a runner is asked: run `code` and call `entry` once per example. */
export interface RunJob {
  language: RunLanguage;
  code: string;
  entry: string;
  kind: 'function' | 'class';
  examples: ExampleCase[];
  timeLimitMs: number;
}

/** One example as the runner saw it; `actual` is the returned value after a JSON round trip. */
export interface RawCaseResult {
  actual: unknown;
  stdout: string;
  error: string | null;
  timeMs: number;
}

export interface RawRun {
  loadError: string | null;
  results: RawCaseResult[];
}

/** The seam between the panel and where code runs (a Web Worker in the app, a plain function in tests). */
export type CodeRunner = ((job: RunJob) => Promise<RawRun>) & {
  /** Start loading a language's runtime before the first run (Pyodide takes seconds). */
  warm?: (language: RunLanguage) => void;
};

export interface CaseResult extends RawCaseResult {
  input: string;
  expected: unknown;
  passed: boolean;
  diff: string | null;
}

export interface RunResults {
  loadError: string | null;
  results: CaseResult[];
}
