import type { RawCaseResult, RawRun, RunJob } from './run-types';

function formatArg(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : `Uncaught ${String(error)}`;
}

function toJson(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Set) return [...value].map(toJson);
  if (value instanceof Map) return Object.fromEntries([...value].map(([key, item]) => [String(key), toJson(item)]));
  return JSON.parse(JSON.stringify(value) ?? 'null') as unknown;
}

const camelCase = (name: string) => name.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());

type Entry = (...args: unknown[]) => unknown;
type Callable = new (...args: unknown[]) => Record<string, Entry>;

function callEntry(entry: Entry, kind: RunJob['kind'], args: unknown[]): unknown {
  if (kind === 'function') return entry(...args);
  // Class problems: [["ClassName", initArgs], ["method", args], ...] like the server's harness.
  const [init, ...calls] = args as [string, unknown[]][];
  const instance = new (entry as unknown as Callable)(...(init?.[1] ?? []));
  return [
    null,
    ...calls.map(([name, values]) => {
      const method = instance[camelCase(name)];
      if (typeof method !== 'function') throw new TypeError(`${camelCase(name)} is not a method`);
      return method.apply(instance, values);
    }),
  ];
}

/**
 * Runs JavaScript in the current realm: call it only inside a Web Worker (no DOM, no page
 * state, no cookies), which the caller terminates when it runs out of time.
 */
export function runJavaScript(job: RunJob): RawRun {
  let printed: string[] = [];
  const print = (...args: unknown[]) => printed.push(args.map(formatArg).join(' '));
  const sandboxConsole = { log: print, info: print, warn: print, error: print, debug: print };
  let entry: Entry;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the candidate's code is the point, in a worker
    const load = new Function(
      'console',
      `"use strict";\n${job.code}\n;return typeof ${job.entry} === "function" ? ${job.entry} : undefined;`,
    ) as (console: unknown) => Entry | undefined;
    const found = load(sandboxConsole);
    if (typeof found !== 'function') return { loadError: `Define a ${job.kind} named ${job.entry}`, results: [] };
    entry = found;
  } catch (error) {
    return { loadError: errorText(error), results: [] };
  }
  const results = job.examples.map((example): RawCaseResult => {
    printed = [];
    const started = performance.now();
    try {
      const actual = toJson(callEntry(entry, job.kind, structuredClone(example.args)));
      return { actual, stdout: printed.join('\n'), error: null, timeMs: performance.now() - started };
    } catch (error) {
      return { actual: null, stdout: printed.join('\n'), error: errorText(error), timeMs: performance.now() - started };
    }
  });
  return { loadError: null, results };
}
