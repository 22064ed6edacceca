import { screen, waitFor, within } from '@testing-library/react';

import { buildInterview, buildQuestions } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { recordJsonBodies } from '@/testing/request-log';
import { renderApp, signIn } from '@/testing/test-utils';

const LONG_ANSWER =
  'At Acme I led the migration of our payments API to PostgreSQL. I planned it in small steps, ran both databases side by side for two weeks and cut latency by 40 percent.';

/** An interview on the server, started `askedSecondsAgo` seconds into its first question. */
function seedInterview({ status = 'in_progress', askedSecondsAgo = 30, questionCount = 3 } = {}) {
  const { account } = signIn();
  const questions = buildQuestions(questionCount);
  const startedAt = new Date(Date.now() - askedSecondsAgo * 1000).toISOString();
  if (status === 'in_progress') Object.assign(questions[0]!, { status: 'asked', asked_at: startedAt });
  const interview = interviewDb.addInterview(
    account.email,
    buildInterview({
      status: status as 'scheduled' | 'in_progress',
      started_at: status === 'in_progress' ? startedAt : null,
      questions,
    }),
  );
  return { interview, questions };
}

// The server and the page read the same frozen clock, so the countdown is exact.
const NOW = new Date('2025-03-12T10:00:00Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => vi.useRealTimers());

async function typeAnswer(user: ReturnType<typeof renderApp>['user'], text: string, label = 'Your answer') {
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
}

/** The question list, opened from the room's bar. */
async function stages(user: ReturnType<typeof renderApp>['user']) {
  if (!screen.queryByRole('dialog', { name: 'Questions' }))
    await user.click(screen.getByRole('button', { name: 'Questions' }));
  return within(await screen.findByRole('navigation', { name: 'Stages' }));
}

async function closeStages(user: ReturnType<typeof renderApp>['user']) {
  await user.click(within(screen.getByRole('dialog', { name: 'Questions' })).getByRole('button', { name: 'Close' }));
}

describe('interview room', () => {
  it('asks question by question: answer, skip, follow-up, wrap-up, then finish to the results', async () => {
    const { interview, questions } = seedInterview();
    const answers = recordJsonBodies('POST', `/api/interviews/${interview.id}/questions/${questions[0]!.id}/answer`);
    const { user, router } = renderApp(`/app/interviews/${interview.id}`);

    expect(await screen.findByRole('heading', { name: questions[0]!.text })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Backend Engineer interview · Rehearse'));
    expect(screen.getByText('Question 1 of 3')).toBeInTheDocument();
    // The room is the page: no app navigation around it.
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    // The server's clock: 30 s of 3 min gone.
    expect(screen.getByRole('timer', { name: 'Time for this question' })).toHaveTextContent('2:30 left');
    expect(screen.getByRole('progressbar', { name: 'Interview progress' })).toHaveAttribute('aria-valuenow', '0');
    // The new question is announced politely.
    expect(screen.getByRole('heading', { name: questions[0]!.text }).parentElement).toHaveAttribute(
      'aria-live',
      'polite',
    );

    // Answer with Ctrl+Enter.
    await typeAnswer(user, LONG_ANSWER);
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(await screen.findByRole('heading', { name: questions[1]!.text })).toBeInTheDocument();
    expect(screen.getByText('Question 2 of 3')).toBeInTheDocument();
    expect(screen.getByLabelText('Your answer')).toHaveValue('');
    expect(screen.getByLabelText('Your answer')).toHaveFocus();
    expect(answers).toEqual([{ transcript: LONG_ANSWER, duration_s: expect.any(Number) as number, source: 'typed' }]);
    expect((await stages(user)).getByRole('button', { name: 'Question 1 (done)' })).toBeInTheDocument();
    await closeStages(user);

    // Skip asks first.
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Skip this question?' });
    await user.click(within(dialog).getByRole('button', { name: 'Skip question' }));
    expect(await screen.findByRole('heading', { name: questions[2]!.text })).toBeInTheDocument();
    expect((await stages(user)).getByRole('button', { name: 'Question 2 (skipped)' })).toBeInTheDocument();
    await closeStages(user);

    // A short answer gets a follow-up question, numbered after the question it digs into.
    await user.type(screen.getByLabelText('Your answer'), 'I would restart it.');
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(await screen.findByText('Question 3 · follow-up')).toBeInTheDocument();
    expect(screen.getByText('A follow-up, to dig deeper into your last answer.')).toBeInTheDocument();
    expect((await stages(user)).getByText('Question 3 · follow-up')).toBeInTheDocument();
    await closeStages(user);

    await typeAnswer(user, LONG_ANSWER);
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));

    expect(await screen.findByRole('heading', { name: 'That was the last question' })).toHaveFocus();
    // "of 3": the questions the interview promised; the follow-up is counted on its own.
    expect(screen.getByText(/You answered/)).toHaveTextContent(
      /^You answered 2 of 3 questions, plus 1 follow-up, and skipped 1\. /,
    );
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Finish interview' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/app/interviews/${interview.id}/results`));
    expect(interviewDb.findInterview(interview.id)?.status).toBe('completed');
  });

  it('starts a scheduled interview from its instructions', async () => {
    const { interview, questions } = seedInterview({ status: 'scheduled' });
    const { user } = renderApp(`/app/interviews/${interview.id}`);

    expect(await screen.findByRole('heading', { name: 'Ready when you are' })).toBeInTheDocument();
    expect(screen.getByText(/3 questions for/)).toHaveTextContent(
      '3 questions for Backend Engineer, about 3 min each.',
    );
    await user.click(screen.getByRole('button', { name: 'Start interview' }));

    expect(await screen.findByRole('heading', { name: questions[0]!.text })).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('3:00 left');
  });

  it('says when a question is over time, and still takes the answer', async () => {
    const { interview } = seedInterview({ askedSecondsAgo: 200 });
    renderApp(`/app/interviews/${interview.id}`);

    expect(await screen.findByRole('timer')).toHaveTextContent('Over time by 0:20');
    expect(screen.getByText('Time is up for this question. You can still finish your answer.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit answer' })).toBeEnabled();
  });

  it('goes back to an answered question from the stage list to replace the answer', async () => {
    const { interview, questions } = seedInterview();
    const replaced = recordJsonBodies('POST', `/api/interviews/${interview.id}/questions/${questions[0]!.id}/answer`);
    const { user } = renderApp(`/app/interviews/${interview.id}`);
    await screen.findByLabelText('Your answer');
    await typeAnswer(user, LONG_ANSWER);
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await screen.findByRole('heading', { name: questions[1]!.text });

    await user.click((await stages(user)).getByRole('button', { name: 'Question 1 (done)' }));

    expect(screen.getByRole('heading', { name: questions[0]!.text })).toBeInTheDocument();
    expect(screen.getByText('Answering again')).toBeInTheDocument();
    expect(screen.getByLabelText('Your new answer')).toHaveValue(LONG_ANSWER);
    expect(screen.queryByRole('button', { name: 'Skip' })).not.toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    await user.clear(screen.getByLabelText('Your new answer'));
    await typeAnswer(user, 'A better answer, with the situation, my actions and the result.', 'Your new answer');
    await user.click(screen.getByRole('button', { name: 'Submit new answer' }));

    // Back to where the interview was.
    expect(await screen.findByRole('heading', { name: questions[1]!.text })).toBeInTheDocument();
    expect(replaced.map((body) => (body as { transcript: string }).transcript)).toEqual([
      LONG_ANSWER,
      'A better answer, with the situation, my actions and the result.',
    ]);
    expect(interviewDb.findInterview(interview.id)?.questions[0]?.previous_answers).toHaveLength(1);
  });

  it('finishes early after confirming, counting the rest as skipped', async () => {
    const { interview, questions } = seedInterview();
    const { user, router } = renderApp(`/app/interviews/${interview.id}`);
    await screen.findByRole('heading', { name: questions[0]!.text });

    await user.click(screen.getByRole('button', { name: 'Finish interview' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Finish the interview?' });
    expect(dialog).toHaveTextContent('3 unanswered questions count as skipped.');
    await user.click(within(dialog).getByRole('button', { name: 'Finish interview' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/app/interviews/${interview.id}/results`));
  });

  it('shows the server’s message when an answer is refused', async () => {
    const { interview, questions } = seedInterview();
    const { user } = renderApp(`/app/interviews/${interview.id}`);
    await screen.findByRole('heading', { name: questions[0]!.text });
    // Finished in another tab meanwhile.
    interviewDb.complete(interviewDb.findInterview(interview.id)!);

    await typeAnswer(user, LONG_ANSWER);
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));

    expect(
      await screen.findByText('You cannot answer questions in an interview that is completed.'),
    ).toBeInTheDocument();
    expect(await screen.findByText('This interview is finished.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See your results' })).toHaveAttribute(
      'href',
      `/app/interviews/${interview.id}/results`,
    );
  });
});
