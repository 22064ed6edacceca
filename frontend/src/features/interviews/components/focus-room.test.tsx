import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import { buildInterview, buildQuestions } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

const DRAFT = 'First I would reproduce the slow request and measure where the time goes.';
const NO_VOICE = "This browser has no voice for me, so I'll show each question as captions.";

function seedInterview() {
  const { account } = signIn();
  const questions = buildQuestions(3);
  Object.assign(questions[0]!, { status: 'asked', asked_at: new Date().toISOString() });
  const interview = interviewDb.addInterview(
    account.email,
    buildInterview({ status: 'in_progress', started_at: new Date().toISOString(), questions }),
  );
  return { interview, questions };
}

async function openRoom(path: string, questionText: string) {
  const view = renderApp(path);
  expect(await screen.findByRole('heading', { name: questionText })).toBeInTheDocument();
  return view;
}

describe('the interview room in focus', () => {
  it('is a call of its own: the interviewer in every mode, the question once, no app navigation', async () => {
    const { interview, questions } = seedInterview();
    await openRoom(`/app/interviews/${interview.id}`, questions[0]!.text);

    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    // No camera in this browser: the interviewer still asks, the candidate types.
    expect(screen.getByRole('img', { name: /^Interviewer/ })).toBeInTheDocument();
    expect(screen.getAllByText(questions[0]!.text)).toHaveLength(1);
    // jsdom speaks no words: the interviewer says so and captions the question instead.
    expect(await screen.findByText(NO_VOICE)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit answer' })).toBeEnabled();
  });

  it('keeps going when the interviewer widget breaks', async () => {
    const { interview, questions } = seedInterview();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A hosted avatar session the page cannot read (clips missing): the interviewer throws while drawing.
    server.use(
      http.post('/api/interviews/:id/avatar', () =>
        HttpResponse.json({
          provider: 'did',
          status: 'ready',
          conversation_url: null,
          clips: null,
          fallback_reason: null,
        }),
      ),
    );
    const { user } = await openRoom(`/app/interviews/${interview.id}`, questions[0]!.text);

    expect(await screen.findByText(/The interviewer stopped working/)).toBeInTheDocument();
    expect(errors).toHaveBeenCalledWith(
      'The interviewer widget stopped working.',
      expect.anything(),
      expect.anything(),
    );
    await user.click(screen.getByLabelText('Your answer'));
    await user.paste(DRAFT);
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(await screen.findByRole('heading', { name: questions[1]!.text })).toBeInTheDocument();
    errors.mockRestore();
  });

  it('keeps a typed answer in this browser until it is submitted', async () => {
    const { interview, questions } = seedInterview();
    const first = await openRoom(`/app/interviews/${interview.id}`, questions[0]!.text);
    await first.user.click(screen.getByLabelText('Your answer'));
    await first.user.paste(DRAFT);
    first.unmount(); // The tab is closed, or reloaded.

    const again = await openRoom(`/app/interviews/${interview.id}`, questions[0]!.text);
    expect(screen.getByLabelText('Your answer')).toHaveValue(DRAFT);
    expect(screen.getByText(/Your unsent answer was kept in this browser/)).toBeInTheDocument();
    await again.user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await screen.findByRole('heading', { name: questions[1]!.text });
    expect(interviewDb.findInterview(interview.id)?.questions[0]?.answer?.transcript).toBe(DRAFT);
    again.unmount();

    // Submitted: nothing is brought back for it, and the next question starts empty.
    await openRoom(`/app/interviews/${interview.id}`, questions[1]!.text);
    expect(screen.getByLabelText('Your answer')).toHaveValue('');
    expect(Object.keys(localStorage).filter((key) => key.startsWith('rehearse.draft.'))).toEqual([]);
  });

  it('asks before leaving, by the Leave button or Back, and stays when told to', async () => {
    const { interview, questions } = seedInterview();
    const { user, router } = await openRoom(`/app/interviews/${interview.id}`, questions[0]!.text);

    await user.click(screen.getByRole('button', { name: 'Leave interview' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Leave the interview?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe(`/app/interviews/${interview.id}`);

    void router.navigate('/app/resumes'); // A link or Back elsewhere in the app.
    dialog = await screen.findByRole('alertdialog', { name: 'Leave the interview?' });
    expect(router.state.location.pathname).toBe(`/app/interviews/${interview.id}`);
    await user.click(within(dialog).getByRole('button', { name: 'Leave interview' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/app/resumes'));
  });

  it('asks before finishing from the bar, and the question list numbers follow-ups after their question', async () => {
    const { interview, questions } = seedInterview();
    const { user } = await openRoom(`/app/interviews/${interview.id}`, questions[0]!.text);

    await user.type(screen.getByLabelText('Your answer'), 'I would restart it.');
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(await screen.findByText('Question 1 · follow-up')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Questions' }));
    const list = within(await screen.findByRole('navigation', { name: 'Stages' }));
    expect(list.getAllByRole('listitem').map((item) => item.textContent?.replace(/\s*\(.*\)$/, ''))).toEqual([
      'Introduction',
      'Question 1',
      'Question 1 · follow-up',
      'Question 2',
      'Question 3',
      'Wrap-up',
    ]);
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Finish interview' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Finish the interview?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(interviewDb.findInterview(interview.id)?.status).toBe('in_progress');
  });
});
