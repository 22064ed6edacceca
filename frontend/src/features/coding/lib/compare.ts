import type { Comparison } from './run-types';

function canonical(value: unknown, nested: boolean): unknown {
  if (!Array.isArray(value)) return value;
  const items: unknown[] = nested ? value.map((item: unknown) => canonical(item, false)) : (value as unknown[]);
  return [...items].sort((a, b) => {
    const left = JSON.stringify(a);
    const right = JSON.stringify(b);
    return left < right ? -1 : left > right ? 1 : 0;
  });
}

function closeEnough(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return Math.abs(expected - actual) <= 1e-6;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return expected.length === actual.length && expected.every((item, index) => closeEnough(item, actual[index]));
  }
  return JSON.stringify(expected) === JSON.stringify(actual);
}

/** The same rules as the server's judge, for the visible examples only. */
export function sameValue(expected: unknown, actual: unknown, comparison: Comparison): boolean {
  if (comparison === 'float') return closeEnough(expected, actual);
  if (comparison === 'exact') return JSON.stringify(expected) === JSON.stringify(actual);
  const nested = comparison === 'unordered_nested';
  return JSON.stringify(canonical(expected, nested)) === JSON.stringify(canonical(actual, nested));
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function firstDifference(expected: unknown, actual: unknown, path: string): string | null {
  if (JSON.stringify(expected) === JSON.stringify(actual)) return null;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const shared = Math.min(expected.length, actual.length);
    for (let index = 0; index < shared; index += 1) {
      const inner = firstDifference(expected[index], actual[index], `${path}[${index}]`);
      if (inner) return inner;
    }
    return `${path || 'the list'} has ${actual.length} items, expected ${expected.length}`;
  }
  return `${path || 'the value'} is ${describe(actual)}, expected ${describe(expected)}`;
}

/** A one-line explanation of where the returned value first differs from the expected one. */
export function describeDifference(expected: unknown, actual: unknown): string {
  return firstDifference(expected, actual, '') ?? 'the values differ';
}
