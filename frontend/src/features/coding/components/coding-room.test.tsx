import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import { buildInterview, buildInterviewQuestion } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

import type { CodingQuestion, Submission } from '../api/get-coding-question';

const CODE = 'function twoSum(nums, target) {\n  return [0, 1];\n}\n';
const FOLLOW_UP = 'Your solution misses a case: what happens with an empty list?';

function seedRound() {
  const { account } = signIn();
  const coding = buildInterviewQuestion({
    category: 'coding',
    text: 'Two sum',
    status: 'asked',
    asked_at: new Date().toISOString(),
  });
  const followUp = buildInterviewQuestion({
    category: 'technical',
    text: FOLLOW_UP,
    parent_id: coding.id,
    position: 1,
  });
  const interview = interviewDb.addInterview(
    account.email,
    buildInterview({ status: 'in_progress', started_at: new Date().toISOString(), questions: [coding, followUp] }),
  );
  return { interview, coding, followUp };
}

function codingQuestion(interviewId: string, questionId: string, latest: Submission | null): CodingQuestion {
  return {
    question_id: questionId,
    interview_id: interviewId,
    status: latest ? 'answered' : 'asked',
    language: 'javascript',
    problem: {
      slug: 'two-sum',
      title: 'Two sum',
      difficulty: 'easy',
      topic: 'hash_maps',
      skills: [],
      statement: 'Return the indices of the two numbers that add up to target.',
      signature: { kind: 'function', name: 'two_sum', params: ['nums', 'target'] },
      entry: { python: 'two_sum', javascript: 'twoSum' },
      params: { python: 'nums, target', javascript: 'nums, target' },
      comparison: 'exact',
      examples: [],
      starter_code: { python: 'def two_sum(nums, target):\n    pass\n', javascript: CODE },
      time_limit_ms: 1000,
      hidden_test_count: 6,
      hint_count: 0,
    },
    hints: { used: [], remaining: 0, cost_per_hint: 10, penalty: 0 },
    submissions: [],
    latest_submission: latest,
    follow_up_question_id: latest?.follow_up_question_id ?? null,
    snapshot_count: 0,
    snapshot_limit: 400,
    score: null,
    revealed: false,
  };
}

function accepted(followUpId: string): Submission {
  return {
    id: '33333333-3333-4333-8333-333333333333',
    submitted_at: '2026-12-02T18:00:00Z',
    language: 'javascript',
    verdict: 'accepted',
    passed: 6,
    total: 6,
    by_kind: {},
    load_error: null,
    correctness: 100,
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
    score: 100,
    runner: 'local',
    duration_ms: 120,
    revealed: false,
    tests: [],
    code: CODE,
    follow_up_question_id: followUpId,
  };
}

/** The coding endpoints as the server has them: a submission answers the problem and asks the follow-up. */
function serveCoding({ interview, coding, followUp }: ReturnType<typeof seedRound>) {
  let latest: Submission | null = null;
  const base = `*/api/coding/interviews/${interview.id}/questions/${coding.id}`;
  server.use(
    http.get(base, () => HttpResponse.json(codingQuestion(interview.id, coding.id, latest))),
    http.post(`${base}/snapshots`, () =>
      HttpResponse.json(
        { seq: 1, taken_at: new Date().toISOString(), stored: true, count: 1, limit: 400 },
        { status: 201 },
      ),
    ),
    http.post(`${base}/submissions`, () => {
      latest = accepted(followUp.id);
      const stored = interviewDb.findInterview(interview.id)!;
      Object.assign(stored.questions[0]!, { status: 'answered', answered_at: new Date().toISOString() });
      Object.assign(stored.questions[1]!, { status: 'asked', asked_at: new Date().toISOString() });
      return HttpResponse.json(latest, { status: 201 });
    }),
  );
}

describe('a coding question in the room', () => {
  it('keeps the verdict and the code in view while the follow-up is asked, and after a reload', async () => {
    const round = seedRound();
    serveCoding(round);
    const { user, unmount } = renderApp(`/app/interviews/${round.interview.id}`);

    expect(await screen.findByRole('heading', { name: 'Two sum', level: 3 }, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Share screen' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    const current = await screen.findByRole('region', { name: 'Current question' });
    expect(await within(current).findByText(FOLLOW_UP)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Submission result' })).toHaveTextContent(
      'Accepted: 6 of 6 hidden tests passed',
    );
    expect(screen.getByLabelText('Your answer', { exact: true })).toBeInTheDocument();

    unmount();
    renderApp(`/app/interviews/${round.interview.id}`);
    expect(await screen.findByRole('region', { name: 'Submission result' })).toHaveTextContent(
      'Accepted: 6 of 6 hidden tests passed',
    );
    expect(within(screen.getByRole('region', { name: 'Current question' })).getByText(FOLLOW_UP)).toBeInTheDocument();
  });
});
