import type { FieldPath } from 'react-hook-form';

import { ApiError } from '@/lib/api-error';

import type { TestDisagreement } from '../api/check-coding-problem';
import type { CodingProblemValues } from './coding-problem-form';

type FormField = FieldPath<CodingProblemValues>;

const TOP_FIELDS = new Set([
  'title',
  'slug',
  'topic',
  'difficulty',
  'skills',
  'role_families',
  'summary',
  'statement',
  'comparison',
  'time_limit_ms',
  'hints',
  'explanation_points',
]);
/** Parts of a nested object; an error about the object as a whole goes to its first part. */
const PARTS: Record<string, string[]> = {
  signature: ['name', 'kind', 'params', 'methods'],
  reference: ['python', 'javascript'],
  solution: ['approach', 'time', 'space', 'alternatives'],
};
/** An API field of one item of a list → the form's field; its first entry takes errors about the whole item. */
const ITEM_FIELDS: Record<string, Record<string, string>> = {
  tests: {
    '': 'input',
    args: 'input',
    generate: 'input',
    name: 'name',
    kind: 'kind',
    expected: 'expected',
    size: 'size',
    time_limit_ms: 'time_limit_ms',
  },
  examples: { '': 'args', args: 'args', expected: 'expected', explanation: 'explanation' },
};

/** The form field an API error location ("tests.2.expected", "signature") is about, if the form has it. */
export function codingFormField(location: string): FormField | null {
  const [head = '', second, third] = location.split('.');
  const items = ITEM_FIELDS[head];
  if (items) {
    if (second === undefined || !/^\d+$/.test(second)) return `${head}.root` as FormField;
    const leaf = items[third ?? ''];
    return leaf ? (`${head}.${second}.${leaf}` as FormField) : null;
  }
  const parts = PARTS[head];
  if (parts) return `${head}.${second && parts.includes(second) ? second : parts[0]}` as FormField;
  return TOP_FIELDS.has(head) ? (head as FormField) : null;
}

export interface CodingFieldError {
  field: FormField;
  message: string;
}

/** Pydantic's "Value error, give either args or generate" → "Give either args or generate." */
function sentence(message: string): string {
  const bare = message.replace(/^Value error, /, '');
  const capital = bare.charAt(0).toUpperCase() + bare.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * A refused save split into what belongs beside a field (one message per field) and what does
 * not: the API's 422 `details` are `{field, message}`, a duplicate slug is a 409 about `slug`.
 */
export function codingSaveErrors(error: unknown): { fields: CodingFieldError[]; rest: string[] } {
  if (!(error instanceof ApiError)) return { fields: [], rest: [] };
  if (error.code === 'coding_problem_slug_taken') {
    return { fields: [{ field: 'slug', message: 'Another problem has this slug: choose a different one.' }], rest: [] };
  }
  if (error.status !== 422 || !Array.isArray(error.details)) return { fields: [], rest: [] };
  const fields = new Map<FormField, string>();
  const rest: string[] = [];
  for (const detail of error.details as { field?: unknown; message?: unknown }[]) {
    if (typeof detail.field !== 'string' || typeof detail.message !== 'string') continue;
    const field = codingFormField(detail.field);
    if (!field) rest.push(`${detail.field}: ${sentence(detail.message)}`);
    else if (!fields.has(field)) fields.set(field, sentence(detail.message));
  }
  return { fields: [...fields].map(([field, message]) => ({ field, message })), rest };
}

/** The tests the references disagree with, when that is why a save was refused (422 coding_problem_tests_fail). */
export function testDisagreements(error: unknown): TestDisagreement[] | null {
  if (!(error instanceof ApiError) || error.code !== 'coding_problem_tests_fail' || !Array.isArray(error.details)) {
    return null;
  }
  return error.details as TestDisagreement[];
}
