import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { createQueryClient } from '@/lib/query-client';
import { server } from '@/testing/server';

import type { CodingQuestion, Submission } from '../api/get-coding-question';
import { runJavaScript } from '../lib/run-javascript';
import type { CodeRunner, RunJob, RunLanguage } from '../lib/run-types';
import CodingPanel from './coding-panel';

const INTERVIEW = '11111111-1111-4111-8111-111111111111';
const QUESTION = '22222222-2222-4222-8222-222222222222';
const BASE = `*/api/coding/interviews/${INTERVIEW}/questions/${QUESTION}`;
const WRONG = 'function twoSum(nums, target) {\n  return [0, 1];\n}\n';

const question: CodingQuestion = {
  question_id: QUESTION,
  interview_id: INTERVIEW,
  status: 'asked',
  language: 'javascript',
  problem: {
    slug: 'two-sum',
    title: 'Two sum',
    difficulty: 'easy',
    topic: 'hash_maps',
    skills: ['hash maps'],
    statement: 'Return the indices of the two numbers that add up to target.',
    signature: { kind: 'function', name: 'two_sum', params: ['nums', 'target'] },
    entry: { python: 'two_sum', javascript: 'twoSum' },
    params: { python: 'nums, target', javascript: 'nums, target' },
    comparison: 'exact',
    examples: [
      { args: [[2, 7, 11, 15], 9], expected: [0, 1], explanation: '' },
      { args: [[3, 2, 4], 6], expected: [1, 2], explanation: '' },
    ],
    starter_code: { python: 'def two_sum(nums, target):\n    pass\n', javascript: WRONG },
    time_limit_ms: 1000,
    hidden_test_count: 6,
    hint_count: 2,
  },
  hints: { used: [], remaining: 2, cost_per_hint: 10, penalty: 0 },
  submissions: [],
  latest_submission: null,
  follow_up_question_id: null,
  snapshot_count: 0,
  snapshot_limit: 500,
  score: null,
  revealed: false,
};

function submission(code: string): Submission {
  return {
    id: '33333333-3333-4333-8333-333333333333',
    submitted_at: '2026-12-02T18:00:00Z',
    language: 'javascript',
    verdict: 'wrong_answer',
    passed: 4,
    total: 6,
    by_kind: {},
    load_error: null,
    correctness: 66,
    efficiency: {
      expected: 'O(n)',
      exponent: null,
      growth: null,
      note: '',
      passed: 0,
      points: [],
      score: null,
      total: 0,
    },
    quality: { checker: 'eslint', findings: [], score: 100 },
    score: 60,
    runner: 'local',
    duration_ms: 120,
    revealed: false,
    tests: [
      { name: 'the first two numbers', kind: 'normal', verdict: 'accepted', time_ms: 1, error: null },
      { name: 'numbers at the end', kind: 'edge', verdict: 'wrong_answer', time_ms: 1, error: null },
    ],
    code,
    follow_up_question_id: '44444444-4444-4444-8444-444444444444',
  };
}

function renderPanel(warm?: (language: RunLanguage) => void) {
  const requests: { path: string; body: unknown }[] = [];
  const record = async (request: Request) => {
    requests.push({ path: new URL(request.url).pathname, body: await request.json().catch(() => null) });
  };
  let hints = question.hints;
  server.use(
    http.get(BASE, () => HttpResponse.json({ ...question, hints })),
    http.post(`${BASE}/snapshots`, async ({ request }) => {
      await record(request);
      return HttpResponse.json(
        { seq: 1, taken_at: '2026-12-02T18:00:00Z', stored: true, count: 1, limit: 500 },
        { status: 201 },
      );
    }),
    http.post(`${BASE}/submissions`, async ({ request }) => {
      await record(request);
      return HttpResponse.json(submission(WRONG), { status: 201 });
    }),
    http.post(`${BASE}/hints`, async ({ request }) => {
      await record(request);
      const used = [{ index: 0, text: 'Remember what you have seen.', cost: 10, taken_at: '2026-12-02T18:01:00Z' }];
      hints = { used, remaining: 1, cost_per_hint: 10, penalty: 10 };
      return HttpResponse.json({ index: 0, text: 'Remember what you have seen.', cost: 10, penalty: 10, remaining: 1 });
    }),
  );
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  const runner: CodeRunner = Object.assign((job: RunJob) => Promise.resolve(runJavaScript(job)), { warm });
  render(
    <QueryClientProvider client={queryClient}>
      <CodingPanel interviewId={INTERVIEW} questionId={QUESTION} runner={runner} />
    </QueryClientProvider>,
  );
  return { requests, user: userEvent.setup() };
}

describe('CodingPanel', () => {
  it('starts loading the language’s runtime as the problem opens, and again for a language switched to', async () => {
    const warmed: RunLanguage[] = [];
    const { user } = renderPanel((language) => warmed.push(language));

    await screen.findByRole('textbox', { name: 'Your solution in JavaScript' });
    expect(warmed).toEqual(['javascript']);
    await user.selectOptions(screen.getByLabelText('Language'), 'python');
    expect(warmed).toEqual(['javascript', 'python']);
  });

  it('runs the examples in the browser, shows where they differ, then submits and shows the verdict', async () => {
    const { requests, user } = renderPanel();

    const editor = await screen.findByRole('textbox', { name: 'Your solution in JavaScript' });
    expect(editor).toHaveAccessibleDescription(
      'Tab indents. To leave the editor with the keyboard, press Escape, then Tab.',
    );
    expect(editor).toHaveTextContent('return [0, 1];');

    await user.click(screen.getByRole('button', { name: 'Run examples' }));
    const results = await screen.findByRole('region', { name: 'Example results' });
    expect(within(results).getByText('1 of 2 examples passed')).toBeInTheDocument();
    expect(within(results).getByText('[0] is 0, expected 1')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const verdict = await screen.findByRole('region', { name: 'Submission result' });
    expect(verdict).toHaveTextContent('Wrong answer: 4 of 6 hidden tests passed');
    expect(verdict).toHaveTextContent('numbers at the end — Wrong answer');
    expect(screen.getByText(/follow-up question about your code/)).toBeInTheDocument();
    expect(requests).toEqual([
      {
        path: `/api/coding/interviews/${INTERVIEW}/questions/${QUESTION}/snapshots`,
        body: { code: WRONG, language: 'javascript', event: 'run' },
      },
      {
        path: `/api/coding/interviews/${INTERVIEW}/questions/${QUESTION}/submissions`,
        body: { code: WRONG, language: 'javascript' },
      },
    ]);
  });

  it('switches to Python with its own starter code, and shows a hint with its cost', async () => {
    const { user } = renderPanel();

    await user.click(await screen.findByRole('button', { name: 'Take a hint (costs 10 points, 2 left)' }));
    expect(await screen.findByText(/Remember what you have seen/)).toHaveTextContent(
      'Hint 1 (−10 points): Remember what you have seen.',
    );
    expect(screen.getByText('Hints cost you 10 points so far.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Language'), 'python');

    expect(await screen.findByRole('textbox', { name: 'Your solution in Python' })).toHaveTextContent(
      'def two_sum(nums, target):',
    );
  });
});
