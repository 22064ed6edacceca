import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ws } from 'msw';

import { isInterviewLive } from '@/lib/interview-events';
import { signInAsAdmin } from '@/testing/admin-session';
import { buildEvaluation, buildInterview, buildQuestions } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { recordRequests } from '@/testing/request-log';
import { server } from '@/testing/server';
import { renderApp, signIn, testUser } from '@/testing/test-utils';

import type { RecordingAnalytics } from '../api/recording-types';
import { buildRecording, buildReport, buildTranscript, recordingHandlers } from '../testing/recording-fixtures';

const ANSWER =
  'In my last role our deploys failed weekly. I wrote a checklist and automated the database migrations in CI. Failed deploys dropped to one a quarter.';

/** A finished interview: the first question answered and evaluated, the second skipped. */
function seedCompleted(owner: string) {
  const questions = buildQuestions(2);
  const interview = interviewDb.addInterview(
    owner,
    buildInterview({ status: 'in_progress', started_at: new Date().toISOString(), questions }),
  );
  interviewDb.answer(interview, interview.questions[0]!, { transcript: ANSWER, source: 'typed' });
  interviewDb.setEvaluation(
    questions[0]!.id,
    buildEvaluation(ANSWER, {
      score: 81,
      grade: 'B',
      key_points_covered: [
        { point: 'Names the problem', evidence: 'our deploys failed weekly' },
        { point: 'Describes the actions', evidence: 'automated the database migrations in CI' },
      ],
      key_points_missed: ['Explains how others were brought along'],
      remark: 'Clear problem and a measurable result.',
      suggestion: 'Say who you convinced and how.',
      model_answer: 'Deploys failed every week, so I…',
    }),
  );
  interviewDb.complete(interview);
  return { interview, questions };
}

const liveEvents = ws.link('ws://localhost:3000/api/ws/interviews/*');

// Not recorded, unless a test says otherwise.
beforeEach(() => server.use(...recordingHandlers()));

describe('results', () => {
  it('shows the scores, the feedback and each answer with its evidence highlighted', async () => {
    const { account } = signIn();
    const { interview, questions } = seedCompleted(account.email);
    const { user } = renderApp(`/app/interviews/${interview.id}/results`);

    const heading = await screen.findByRole('heading', { name: 'Results: Backend Engineer', level: 1 });
    await waitFor(() => expect(document.title).toBe('Results: Backend Engineer · Rehearse'));
    // The level goes beside the role as typed, never in front of it.
    expect(heading.nextElementSibling).toHaveTextContent(/^Senior · Finished /);
    expect(screen.getByRole('heading', { name: 'Overall score' }).nextSibling).toHaveTextContent('81/ 100');
    const subScores = within(screen.getByLabelText('Sub-scores'));
    expect(subScores.getByText('Technical').nextSibling).toHaveTextContent('—');
    expect(subScores.getByText('Communication').nextSibling).toHaveTextContent('75');
    expect(within(screen.getByRole('region', { name: 'Strengths' })).getByRole('listitem')).toHaveTextContent(
      'You gave concrete examples.',
    );
    expect(within(screen.getByRole('region', { name: 'Recommendations' })).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByText('Evaluating answers…')).not.toBeInTheDocument();

    const first = screen.getByRole('button', { name: `Question 1: ${questions[0]!.text} (grade B, 81 out of 100)` });
    expect(first).toHaveTextContent('Grade B');
    expect(first).toHaveTextContent('81/100');
    await user.click(first);

    const marks = document.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual([
      'our deploys failed weekly',
      'automated the database migrations in CI',
    ]);
    expect(marks[0]).toHaveAttribute('title', 'Key point: Names the problem');
    expect(marks[1]).toHaveAttribute('title', 'Key point: Describes the actions');
    expect(screen.getByText('(evidence for the key point: Names the problem)', { exact: false })).toHaveClass(
      'sr-only',
    );
    expect(screen.getByRole('heading', { name: 'Key points missed' }).nextSibling).toHaveTextContent(
      'Explains how others were brought along',
    );
    expect(screen.getByText('Clear problem and a measurable result.')).toBeInTheDocument();
    expect(screen.getByText('Say who you convinced and how.')).toBeInTheDocument();

    expect(screen.queryByText('Deploys failed every week, so I…')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show model answer' }));
    expect(screen.getByText('Deploys failed every week, so I…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide model answer' })).toHaveAttribute('aria-expanded', 'true');

    const second = screen.getByRole('button', { name: /^Question 2: .* \(skipped\)$/ });
    expect(second).toHaveTextContent('Skipped');
    await user.click(second);
    expect(screen.getByText('You skipped this question.')).toBeInTheDocument();
  });

  it('says the answers are being evaluated, then shows the scores when they are ready', async () => {
    const { account } = signIn();
    const { interview } = seedCompleted(account.email);
    interviewDb.holdEvaluations(interview);
    // No live events (the socket is refused): the page falls back to polling.
    server.use(liveEvents.addEventListener('connection', ({ client }) => client.close(4404, 'Interview not found.')));
    renderApp(`/app/interviews/${interview.id}/results`);

    expect(await screen.findByText('Evaluating answers…')).toBeInTheDocument();
    // Nothing scored yet: the summary says why (the backend's not_scored_reason).
    expect(screen.getByText('Your answers are still being evaluated.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Question 1: .* \(being evaluated\)$/ })).toHaveTextContent(
      'Evaluating…',
    );

    interviewDb.releaseEvaluations();

    // Polled every 2 s while pending and no live events arrive.
    await waitFor(() => expect(screen.queryByText('Evaluating answers…')).not.toBeInTheDocument(), { timeout: 5000 });
    expect(screen.getByText('All answers are evaluated.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Overall score' }).nextSibling).toHaveTextContent('81');
  });

  it('says why an answer could not be evaluated, and evaluates it again when asked', async () => {
    const { account } = signIn();
    const { interview, questions } = seedCompleted(account.email);
    interviewDb.failEvaluation(interview.questions[0]!, 'the database stayed busy (tried 5 times)');
    // No live events: the page polls while the new evaluation runs.
    server.use(liveEvents.addEventListener('connection', ({ client }) => client.close(4404, 'Interview not found.')));
    const retries = recordRequests(`/api/interviews/${interview.id}/questions/${questions[0]!.id}/evaluation`);
    const { user } = renderApp(`/app/interviews/${interview.id}/results`);

    const first = await screen.findByRole('button', { name: `Question 1: ${questions[0]!.text} (not evaluated)` });
    expect(first).toHaveTextContent('Not evaluated');
    await user.click(first);
    expect(
      screen.getByText('This answer could not be evaluated: the database stayed busy (tried 5 times).'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Evaluate again' }));
    expect(await screen.findByText('Evaluating answers…')).toBeInTheDocument();
    expect(retries).toEqual(['POST']);
    expect(screen.getByText('Evaluating this answer…')).toBeInTheDocument();

    interviewDb.releaseEvaluations();
    await waitFor(() => expect(screen.queryByText('Evaluating answers…')).not.toBeInTheDocument(), { timeout: 5000 });
    expect(
      screen.getByRole('button', { name: `Question 1: ${questions[0]!.text} (grade B, 81 out of 100)` }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/could not be evaluated/)).not.toBeInTheDocument();
  });

  it('shows an admin why an answer was not evaluated, without asking again for the candidate', async () => {
    const candidate = signIn();
    const { interview, questions } = seedCompleted(candidate.account.email);
    interviewDb.failEvaluation(interview.questions[0]!, 'the database stayed busy (tried 5 times)');
    signInAsAdmin();
    const { user } = renderApp(`/app/interviews/${interview.id}/results`);

    await user.click(await screen.findByRole('button', { name: `Question 1: ${questions[0]!.text} (not evaluated)` }));
    expect(
      screen.getByText('This answer could not be evaluated: the database stayed busy (tried 5 times).'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Evaluate again' })).not.toBeInTheDocument();
  });

  it('points back to the interview while it is not finished', async () => {
    const { account } = signIn();
    const interview = interviewDb.addInterview(account.email, buildInterview({ status: 'in_progress' }));
    renderApp(`/app/interviews/${interview.id}/results`);

    expect(
      await screen.findByText('This interview is not finished yet: results are ready once it is.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the interview' })).toHaveAttribute(
      'href',
      `/app/interviews/${interview.id}`,
    );
  });

  it('lets an admin read any candidate’s results', async () => {
    const candidate = signIn();
    const { interview } = seedCompleted(candidate.account.email);
    signInAsAdmin();
    renderApp(`/app/interviews/${interview.id}/results`);

    expect(await screen.findByRole('heading', { name: 'Results: Backend Engineer' })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`^${testUser.full_name} ·`))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All interviews' })).toHaveAttribute('href', '/app/admin/interviews');
  });

  it('updates as soon as a live event says an answer was evaluated', async () => {
    const { account, tokens } = signIn();
    const { interview, questions } = seedCompleted(account.email);
    interviewDb.holdEvaluations(interview);
    const connected = new Promise<string>((resolve) => {
      server.use(liveEvents.addEventListener('connection', ({ client }) => resolve(client.url.toString())));
    });
    const resultsReads = recordRequests(`/api/results/${interview.id}`);
    renderApp(`/app/interviews/${interview.id}/results`);

    expect(await screen.findByText('Evaluating answers…')).toBeInTheDocument();
    expect(await connected).toBe(`ws://localhost:3000/api/ws/interviews/${interview.id}?token=${tokens.access_token}`);
    // Once connected the page reads the results again, to catch up; then it waits for events.
    await waitFor(() => expect(resultsReads).toHaveLength(2));
    await screen.findByText('Evaluating answers…');

    interviewDb.releaseEvaluations();
    const event = {
      type: 'answer_evaluated',
      interview_id: interview.id,
      data: { question_id: questions[0]!.id, answer_id: 'a1' },
      at: new Date().toISOString(),
    };
    liveEvents.broadcast(JSON.stringify(event));

    // Well before the next poll (15 s while the socket is open).
    await waitFor(() => expect(screen.queryByText('Evaluating answers…')).not.toBeInTheDocument(), { timeout: 1500 });
    expect(screen.getByRole('heading', { name: 'Overall score' }).nextSibling).toHaveTextContent('81');
    expect(resultsReads).toHaveLength(3);
  });

  it('places the recording and the delivery analytics, and plays an answer from the breakdown', async () => {
    const { account } = signIn();
    const { interview, questions } = seedCompleted(account.email);
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    const chapters = questions.map((question) => ({ question_id: question.id, title: question.text }));
    server.use(
      ...recordingHandlers({
        recordings: [buildRecording({ interview_id: interview.id })],
        transcript: buildTranscript(chapters),
      }),
    );
    const { user } = renderApp(`/app/interviews/${interview.id}/results`);

    const video = await screen.findByLabelText<HTMLVideoElement>('Your interview recording');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Overall score',
      'Strengths',
      'Weaknesses',
      'Recommendations',
      'Your recording',
      'How you came across',
      'Question by question',
      'Share with a coach',
    ]);
    expect(await screen.findByRole('list', { name: 'Delivery measures' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Question 2: / }));
    fireEvent.click(await screen.findByRole('button', { name: 'Watch this answer' }));
    expect(video.currentTime).toBe(15);
    expect(play).toHaveBeenCalled();
    expect(video).toHaveFocus();
  });

  it('follows the delivery analysis from live progress events', async () => {
    const { account } = signIn();
    const { interview } = seedCompleted(account.email);
    let analytics: RecordingAnalytics = { status: 'running', progress: 0.2, error: null, report: null };
    const recording = buildRecording({
      interview_id: interview.id,
      analysis: { status: 'running', progress: 0.2, error: null },
    });
    server.use(...recordingHandlers({ recordings: [recording], analytics: () => analytics }));
    const opened = new Promise<void>((resolve) => {
      server.use(liveEvents.addEventListener('connection', () => resolve()));
    });
    const analyticsReads = recordRequests(`/api/recordings/${recording.id}/analytics`);
    renderApp(`/app/interviews/${interview.id}/results`);

    const progress = await screen.findByRole('progressbar', { name: 'Delivery analysis' });
    expect(progress).toHaveAttribute('aria-valuenow', '20');
    await opened;
    await waitFor(() => expect(isInterviewLive(interview.id)).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 100)); // let the catch-up reads settle
    const reads = analyticsReads.length;

    const progressEvent = (status: string, value: number) =>
      JSON.stringify({
        type: 'analysis_progress',
        interview_id: interview.id,
        data: { recording_id: recording.id, status, progress: value },
        at: new Date().toISOString(),
      });
    liveEvents.broadcast(progressEvent('running', 0.8));
    await waitFor(() =>
      expect(screen.getByRole('progressbar', { name: 'Delivery analysis' })).toHaveAttribute('aria-valuenow', '80'),
    );
    expect(analyticsReads).toHaveLength(reads); // from the event alone

    analytics = { status: 'done', progress: 1, error: null, report: buildReport() };
    liveEvents.broadcast(progressEvent('done', 1));
    expect(await screen.findByRole('list', { name: 'Delivery measures' }, { timeout: 1500 })).toBeInTheDocument();
  });
});
