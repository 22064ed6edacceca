import { z } from 'zod';

import { splitLines } from '@/lib/format';

import type { CodingProblemCreate } from '../api/create-coding-problem';
import type { CodingProblem } from '../api/get-coding-problem';
import type { CodingProblemUpdate } from '../api/update-coding-problem';
import { COMPARISONS, CODING_DIFFICULTIES, TEST_KINDS, TOPICS } from './coding-labels';
import { splitList } from './labels';

export const EXAMPLES_MAX = 6;
export const TESTS_MIN = 3;
export const TESTS_MAX = 60;
const METHOD = /^([a-z_][a-z0-9_]*)\s*\(([^()]*)\)$/;

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function isJsonList(text: string): boolean {
  return parsesAsJson(text) && Array.isArray(JSON.parse(text));
}

const text = (min: number, max: number, tooShort: string) =>
  z
    .string()
    .trim()
    .min(min, tooShort)
    .max(max, `Use at most ${max.toLocaleString('en')} characters.`);
const jsonList = z.string().refine(isJsonList, 'Write a JSON list, e.g. [[2, 7, 11, 15], 9].');
const jsonValue = z.string().refine(parsesAsJson, 'Write a JSON value, e.g. true, 3 or [0, 1].');
const optionalWhole = z.string().regex(/^\d*$/, 'Use a whole number, or leave it empty.');
// Not trimmed: code is saved as written, so an untouched reference is never taken for a change.
const code = z
  .string()
  .max(20_000, 'Use at most 20,000 characters.')
  .refine((value) => value.trim().length >= 10, 'Write the reference solution: at least 10 characters.');

const testSchema = z
  .object({
    name: text(2, 120, 'Name the test: at least 2 characters.'),
    kind: z.enum(TEST_KINDS),
    source: z.enum(['args', 'generate']),
    input: jsonList,
    expected: z.string(),
    size: optionalWhole,
    time_limit_ms: optionalWhole,
  })
  .superRefine((test, context) => {
    if (test.expected.trim() === '' && test.source === 'args') {
      context.addIssue({ code: 'custom', path: ['expected'], message: 'Give the expected value as JSON.' });
    } else if (test.expected.trim() !== '' && !parsesAsJson(test.expected)) {
      context.addIssue({ code: 'custom', path: ['expected'], message: 'Write a JSON value, e.g. true, 3 or [0, 1].' });
    }
  });

export const codingProblemSchema = z.object({
  title: text(3, 120, 'Name the problem: at least 3 characters.'),
  slug: z
    .string()
    .trim()
    .regex(/^([a-z0-9][a-z0-9-]{1,79})?$/, 'Use lowercase letters, digits and hyphens, like "two-sum".'),
  topic: z.enum(TOPICS),
  difficulty: z.enum(CODING_DIFFICULTIES),
  skills: z.string().refine((value) => splitList(value).length <= 15, 'List at most 15 skills.'),
  role_families: z.string().refine((value) => splitList(value).length <= 10, 'List at most 10 role families.'),
  summary: text(10, 500, 'Write what the interviewer says: at least 10 characters.'),
  statement: text(20, 8000, 'Write the statement: at least 20 characters.'),
  signature: z.object({
    kind: z.enum(['function', 'class']),
    name: z.string().trim().min(1, 'Name the function or class.'),
    params: z.string(),
    methods: z
      .string()
      .refine(
        (value) => splitLines(value).every((line) => METHOD.test(line)),
        'Write each method as name(param, param).',
      ),
  }),
  comparison: z.enum(COMPARISONS),
  time_limit_ms: z
    .number({ error: 'Enter a number of milliseconds.' })
    .int('Use whole milliseconds.')
    .min(50, 'Allow at least 50 ms.')
    .max(10_000, 'Allow at most 10,000 ms.'),
  examples: z
    .array(
      z.object({
        args: jsonList,
        expected: jsonValue,
        explanation: z.string().max(1000, 'Use at most 1,000 characters.'),
      }),
    )
    .min(1, 'Add at least one example: candidates see them.')
    .max(EXAMPLES_MAX, `Use at most ${EXAMPLES_MAX} examples.`),
  tests: z
    .array(testSchema)
    .min(TESTS_MIN, `Add at least ${TESTS_MIN} hidden tests.`)
    .max(TESTS_MAX, `Use at most ${TESTS_MAX} hidden tests.`),
  reference: z.object({ python: code, javascript: code }),
  solution: z.object({
    approach: text(10, 4000, 'Explain the model solution: at least 10 characters.'),
    time: z.string().trim().max(80, 'Use at most 80 characters.'),
    space: z.string().trim().max(80, 'Use at most 80 characters.'),
    alternatives: z.string().refine((value) => splitLines(value).length <= 5, 'Write at most 5 alternatives.'),
  }),
  hints: z.string().refine((value) => splitLines(value).length <= 5, 'Write at most 5 hints.'),
  explanation_points: z
    .string()
    .refine((value) => splitLines(value).length >= 1, 'Write at least one point a good explanation covers.')
    .refine((value) => splitLines(value).length <= 8, 'Write at most 8 points.'),
});

export type CodingProblemValues = z.infer<typeof codingProblemSchema>;
export type CodingTestValues = CodingProblemValues['tests'][number];
export type CodingExampleValues = CodingProblemValues['examples'][number];

export const emptyExample: CodingExampleValues = { args: '', expected: '', explanation: '' };
export const emptyTest: CodingTestValues = {
  name: '',
  kind: 'normal',
  source: 'args',
  input: '',
  expected: '',
  size: '',
  time_limit_ms: '',
};

export const emptyCodingProblem: CodingProblemValues = {
  title: '',
  slug: '',
  topic: 'arrays_strings',
  difficulty: 'easy',
  skills: '',
  role_families: '',
  summary: '',
  statement: '',
  signature: { kind: 'function', name: '', params: '', methods: '' },
  comparison: 'exact',
  time_limit_ms: 1000,
  examples: [emptyExample],
  tests: [emptyTest, emptyTest, emptyTest],
  reference: { python: '', javascript: '' },
  solution: { approach: '', time: '', space: '', alternatives: '' },
  hints: '',
  explanation_points: '',
};

const json = (value: unknown) => JSON.stringify(value);

export function toCodingProblemValues(problem: CodingProblem): CodingProblemValues {
  const { signature, solution } = problem;
  return {
    title: problem.title,
    slug: problem.slug,
    topic: problem.topic,
    difficulty: problem.difficulty,
    skills: (problem.skills ?? []).join(', '),
    role_families: (problem.role_families ?? []).join(', '),
    summary: problem.summary,
    statement: problem.statement,
    signature: {
      kind: signature.kind,
      name: signature.name,
      params: (signature.params ?? []).join(', '),
      methods: (signature.methods ?? [])
        .map((method) => `${method.name}(${(method.params ?? []).join(', ')})`)
        .join('\n'),
    },
    comparison: problem.comparison ?? 'exact',
    time_limit_ms: problem.time_limit_ms ?? 1000,
    examples: problem.examples.map((example) => ({
      args: json(example.args),
      expected: json(example.expected ?? null),
      explanation: example.explanation ?? '',
    })),
    tests: problem.tests.map((test) => ({
      name: test.name,
      kind: test.kind,
      source: test.generate ? 'generate' : 'args',
      input: json(test.generate ?? test.args ?? []),
      // A generated test's expected value is filled in by the reference when left out.
      expected: test.expected === undefined || (test.generate && test.expected === null) ? '' : json(test.expected),
      size: test.size == null ? '' : String(test.size),
      time_limit_ms: test.time_limit_ms == null ? '' : String(test.time_limit_ms),
    })),
    reference: { python: problem.reference.python, javascript: problem.reference.javascript },
    solution: {
      approach: solution.approach,
      time: solution.time,
      space: solution.space,
      alternatives: (solution.alternatives ?? []).join('\n'),
    },
    hints: (problem.hints ?? []).join('\n'),
    explanation_points: problem.explanation_points.join('\n'),
  };
}

function toMethod(line: string) {
  const [, name = line, params = ''] = METHOD.exec(line) ?? [];
  return { name, params: splitList(params) };
}

function toTest(test: CodingTestValues): CodingProblemCreate['tests'][number] {
  const input = JSON.parse(test.input) as unknown[];
  return {
    name: test.name.trim(),
    kind: test.kind,
    ...(test.source === 'args' ? { args: input } : { generate: input as never }),
    ...(test.expected.trim() === '' ? {} : { expected: JSON.parse(test.expected) as unknown }),
    ...(test.size ? { size: Number(test.size) } : {}),
    ...(test.time_limit_ms ? { time_limit_ms: Number(test.time_limit_ms) } : {}),
  };
}

/** Every field in the shape the API takes, the slug aside. */
export function toCodingProblemFields(values: CodingProblemValues): Omit<CodingProblemCreate, 'slug'> {
  const { signature, solution } = values;
  return {
    title: values.title.trim(),
    topic: values.topic,
    difficulty: values.difficulty,
    skills: splitList(values.skills),
    role_families: splitList(values.role_families),
    summary: values.summary.trim(),
    statement: values.statement.trim(),
    signature: {
      kind: signature.kind,
      name: signature.name.trim(),
      params: splitList(signature.params),
      methods: splitLines(signature.methods).map(toMethod),
    },
    comparison: values.comparison,
    time_limit_ms: values.time_limit_ms,
    examples: values.examples.map((example) => ({
      args: JSON.parse(example.args) as unknown[],
      expected: JSON.parse(example.expected) as unknown,
      explanation: example.explanation.trim(),
    })),
    tests: values.tests.map(toTest),
    reference: { python: values.reference.python, javascript: values.reference.javascript },
    solution: {
      approach: solution.approach.trim(),
      time: solution.time.trim(),
      space: solution.space.trim(),
      alternatives: splitLines(solution.alternatives),
    },
    hints: splitLines(values.hints),
    explanation_points: splitLines(values.explanation_points),
  };
}

/** The body for POST /api/coding/problems: the fields and, when given, the slug. */
export function toCodingProblemCreate(values: CodingProblemValues): CodingProblemCreate {
  const slug = values.slug.trim();
  return slug ? { ...toCodingProblemFields(values), slug } : toCodingProblemFields(values);
}

/**
 * Only the fields that differ from the stored problem: the server runs the sandbox again only
 * when tests, code or what they mean change, so a new title saves without it.
 */
export function changedCodingFields(before: CodingProblemValues, after: CodingProblemValues): CodingProblemUpdate {
  const old = toCodingProblemFields(before);
  const now = toCodingProblemFields(after);
  const keys = Object.keys(now) as (keyof typeof now)[];
  return Object.fromEntries(
    keys.filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key])).map((key) => [key, now[key]]),
  );
}
