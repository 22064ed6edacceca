import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

import type { SharedResults } from '../api/get-shared-results';

type CodingProblem = components['schemas']['CodingProblemResult'];

const FINAL_CODE = 'def two_sum(nums, target):\n    return [0, 1]';

function codingProblem(overrides: Partial<CodingProblem> = {}): CodingProblem {
  return {
    question_id: 'coding-q-1',
    position: 1,
    slug: 'two-sum',
    title: 'Two sum',
    difficulty: 'easy',
    topic: 'hash_maps',
    status: 'answered',
    language: 'python',
    submitted: true,
    verdict: 'wrong_answer',
    hidden_passed: 4,
    hidden_total: 6,
    failing: [
      {
        name: 'an empty list',
        kind: 'edge',
        verdict: 'wrong_answer',
        time_ms: 2,
        error: null,
        input: '[[], 3]',
        expected: '[]',
        actual: '[0, 1]',
      },
      {
        name: 'negative numbers',
        kind: 'normal',
        verdict: 'runtime_error',
        time_ms: 3,
        error: 'IndexError: list index out of range',
        input: '[[-1, -2], -3]',
        expected: '[0, 1]',
      },
    ],
    correctness: 67,
    efficiency: {
      score: 100,
      passed: 1,
      total: 1,
      expected: 'O(n)',
      growth: 'linearly',
      exponent: 1,
      note: 'Within the limit.',
      points: [],
    },
    quality: {
      score: 92,
      findings: [{ line: 1, rule: 'unused', message: "'sys' imported but unused", severity: 'warning' }],
      checker: 'pyflakes',
    },
    explanation: {
      question_id: 'follow-1',
      question: 'What is the time complexity of your solution?',
      transcript: 'Linear, one pass with a hash map.',
      evaluation_status: 'done',
      score: 81,
      evaluation: null,
    },
    hints_used: 1,
    hint_penalty: 10,
    score: 66,
    code: FINAL_CODE,
    submissions: 2,
    snapshots: 14,
    first_submission_s: 300,
    model_solution: {
      approach: 'Keep a map from each value to its index; look up target minus the current value.',
      time: 'O(n)',
      space: 'O(n)',
      alternatives: ['Sort and use two pointers: O(n log n).'],
      python: 'def two_sum(nums, target):\n    seen = {}',
      javascript: 'function twoSum(nums, target) {}',
    },
    ...overrides,
  };
}

function shared(coding: SharedResults['results']['coding']): SharedResults {
  return {
    share: { label: 'Coach Sam', expires_at: '2026-02-01T10:00:00Z', include_video: false },
    results: {
      interview: {
        id: 'interview-1',
        role: 'Backend Engineer',
        seniority: null,
        status: 'completed',
        mode: 'standard',
        job_title: null,
        question_count: 1,
        answered_count: 1,
        created_at: '2026-01-01T10:00:00Z',
        started_at: '2026-01-01T10:00:00Z',
        completed_at: '2026-01-01T10:20:00Z',
      },
      candidate_name: 'Robin Candidate',
      status: 'ready',
      scores: { technical: null, communication: null, job_match: null, overall: 66, coding: 66 },
      strengths: [],
      weaknesses: [],
      recommendations: [],
      questions: [],
      transcript: [],
      match: null,
      coding,
    },
    video: null,
    comments: [],
  };
}

async function openShared(body: SharedResults) {
  server.use(http.get('/api/shared/:token', () => HttpResponse.json(body)));
  renderApp('/shared/token-1');
  await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 });
}

describe('the coding section of a shared report', () => {
  it('shows the coach the code, the failing hidden tests, the scores and how they were made, hints and the model solution', async () => {
    await openShared(shared({ score: 66, pending: false, problems: [codingProblem()] }));

    const section = screen.getByRole('region', { name: 'Coding' });
    expect(section).toHaveTextContent('Coding score 66/100');
    const problem = within(section).getByRole('article', { name: 'Problem 1: Two sum' });
    expect(problem).toHaveTextContent('wrong answer · hidden tests passed 4/6 · score 66/100');
    expect(within(problem).getByLabelText('Final code of problem 1')).toHaveTextContent(
      FINAL_CODE.replace('\n', ' ').replace(/\s+/g, ' '),
    );
    const scores = within(problem).getAllByRole('definition');
    expect(scores.map((item) => item.textContent)).toEqual(expect.arrayContaining(['67', '100', '92', '81']));
    expect(problem).toHaveTextContent('1/1 large inputs in time; expected O(n) (25%)');
    expect(problem).toHaveTextContent('Hints used: 1 (10 points off)');
    const failing = within(problem)
      .getAllByRole('listitem')
      .filter((item) => item.textContent?.includes('input:'));
    expect(failing).toHaveLength(2);
    expect(failing[0]).toHaveTextContent('an empty list (edge, wrong answer)input: [[], 3]expected: []got: [0, 1]');
    expect(failing[1]).toHaveTextContent('error: IndexError: list index out of range');
    expect(problem).toHaveTextContent('Linear, one pass with a hash map.');
    expect(problem).toHaveTextContent('Keep a map from each value to its index');
    expect(within(problem).getByLabelText('Model solution of problem 1')).toHaveTextContent('seen = {}');
  });

  it('says when a problem was not submitted and an explanation is still being evaluated', async () => {
    await openShared(
      shared({
        score: 0,
        pending: true,
        problems: [codingProblem({ submitted: false, verdict: null, code: null, failing: [], score: null })],
      }),
    );
    const section = screen.getByRole('region', { name: 'Coding' });
    expect(section).toHaveTextContent('not submitted');
    expect(section).toHaveTextContent('Some explanations are still being evaluated.');
  });

  it('has no coding section without coding problems', async () => {
    await openShared(shared(null));
    expect(screen.queryByRole('region', { name: 'Coding' })).not.toBeInTheDocument();
  });
});
