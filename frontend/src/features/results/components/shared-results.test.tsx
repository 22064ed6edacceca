import { screen, within } from '@testing-library/react';

import { buildEvaluation, buildQuestions } from '@/testing/interview-factories';
import { recordJsonBodies } from '@/testing/request-log';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

import type { SharedResults } from '../api/get-shared-results';
import { practiceHandlers, practiceStore } from '../testing/practice-fixtures';
import { buildTranscript } from '../testing/recording-fixtures';

const ANSWER = 'Our deploys failed weekly. I automated the migrations.';

function sharedResults(overrides: Partial<SharedResults> = {}): SharedResults {
  const [first, second] = buildQuestions(2);
  const evaluation = buildEvaluation(ANSWER, { score: 74, grade: 'B' });
  const question = (q: typeof first, position: number) => ({
    question_id: q!.id,
    position,
    text: q!.text,
    category: q!.category,
    skills: [],
    reason: '',
    status: 'answered' as const,
    key_points: [],
    model_answer: null,
    transcript: ANSWER,
    duration_s: 40,
    over_time: false,
    recording_id: null,
    evaluation_status: 'done' as const,
    evaluation_error: null,
    evaluation,
  });
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
        question_count: 2,
        answered_count: 2,
        created_at: '2026-01-01T10:00:00Z',
        started_at: '2026-01-01T10:00:00Z',
        completed_at: '2026-01-01T10:20:00Z',
      },
      candidate_name: 'Robin Candidate',
      status: 'ready',
      scores: { technical: null, communication: 75, job_match: null, overall: 74 },
      strengths: ['You gave concrete examples.'],
      weaknesses: [],
      recommendations: [],
      questions: [question(first, 1), question(second, 2)],
      transcript: [],
      match: null,
    },
    video: null,
    comments: [],
    ...overrides,
  };
}

async function openShared(token: string) {
  const view = renderApp(`/shared/${token}`);
  await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 });
  return view;
}

describe('results shared with a coach', () => {
  it('opens signed out, read-only, and posts a comment pinned to a question', async () => {
    const shared = sharedResults();
    const store = practiceStore({ shared: { 'token-1': shared } });
    server.use(...practiceHandlers(store));
    const sent = recordJsonBodies('POST', '/api/shared/token-1/comments');
    const { user } = await openShared('token-1');

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Robin Candidate’s interview: Backend Engineer',
    );
    expect(screen.getByText('Read-only')).toBeInTheDocument();
    expect(screen.getByText('Shared with Coach Sam', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry this question' })).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Leave a comment' });
    await user.type(within(form).getByLabelText('Your name'), 'Sam');
    await user.selectOptions(
      within(form).getByLabelText('About'),
      within(form).getByRole('option', { name: /^Question 2:/ }),
    );
    await user.type(within(form).getByLabelText('Comment'), 'Start with the result.');
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));

    const mine = await screen.findByRole('region', { name: 'Your comments' });
    expect(within(mine).getByRole('listitem')).toHaveTextContent('Question 2');
    expect(within(mine).getByRole('listitem')).toHaveTextContent('Start with the result.');
    expect(sent).toEqual([
      {
        author_name: 'Sam',
        text: 'Start with the result.',
        question_id: shared.results.questions[1]!.question_id,
        at_s: null,
      },
    ]);
    expect(within(form).getByLabelText('Comment')).toHaveValue('');
  });

  it('shows the level beside the role, the role as the candidate typed it', async () => {
    const shared = sharedResults();
    shared.results.interview = { ...shared.results.interview, role: 'Backend engineer', seniority: 'senior' };
    server.use(...practiceHandlers(practiceStore({ shared: { 'token-1': shared } })));
    await openShared('token-1');

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Robin Candidate’s interview: Backend engineer',
    );
    expect(screen.getByText('Shared with Coach Sam', { exact: false })).toHaveTextContent(/^Senior · Shared with/);
  });

  it('offers to pin a comment to the moment of the video when the video was shared', async () => {
    const shared = sharedResults();
    const chapters = shared.results.questions.map((question) => ({
      question_id: question.question_id,
      title: question.text,
    }));
    const video = {
      playback: {
        url: '/api/recordings/rec-1/media?expires=1&signature=abc',
        expires_at: null,
        mime_type: 'video/webm',
      },
      transcript: buildTranscript(chapters),
      audio_only: false,
    };
    server.use(
      ...practiceHandlers(
        practiceStore({ shared: { 'token-2': { ...shared, share: { ...shared.share, include_video: true }, video } } }),
      ),
    );
    await openShared('token-2');

    expect(screen.getByLabelText('The interview recording')).toHaveAttribute(
      'src',
      `${window.location.origin}/api/recordings/rec-1/media?expires=1&signature=abc`,
    );
    expect(screen.getByRole('checkbox', { name: 'Pin it to this moment of the video (0:00)' })).toBeChecked();
  });

  it('says plainly when the link has expired or is not valid', async () => {
    const expired = {
      status: 410 as const,
      code: 'share_link_expired',
      message: 'This share link has expired. Ask the candidate for a new one.',
    };
    server.use(...practiceHandlers(practiceStore({ shared: { old: expired } })));
    await openShared('old');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This link no longer works');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This share link has expired. Ask the candidate for a new one.',
    );
  });
});
