import { screen, waitFor, within } from '@testing-library/react';

import { signInAsAdmin } from '@/testing/admin-session';
import { buildEvaluation, buildInterview, buildQuestions } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { recordJsonBodies, recordRequests } from '@/testing/request-log';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

import {
  buildComment,
  buildRetry,
  improvedComparison,
  practiceHandlers,
  practiceStore,
} from '../testing/practice-fixtures';
import { recordingHandlers } from '../testing/recording-fixtures';

const ANSWER = 'Our deploys failed weekly. I fixed it.';
const BETTER =
  'Our deploys failed weekly, which hurt customers. I automated the database migrations in CI and brought the team along with a short demo. Failed deploys dropped to one a quarter.';

function seedCompleted(owner: string) {
  const questions = buildQuestions(2);
  const interview = interviewDb.addInterview(
    owner,
    buildInterview({ status: 'in_progress', started_at: new Date().toISOString(), questions }),
  );
  interviewDb.answer(interview, interview.questions[0]!, { transcript: ANSWER, source: 'typed' });
  const original = buildEvaluation(ANSWER, {
    score: 62,
    grade: 'C',
    key_points_covered: [{ point: 'Names the problem', evidence: 'Our deploys failed weekly' }],
    key_points_missed: ['Describes the actions', 'Explains how others were brought along'],
  });
  interviewDb.setEvaluation(questions[0]!.id, original);
  interviewDb.complete(interview);
  return { interview, questions, original };
}

beforeEach(() => server.use(...recordingHandlers()));

/** The results page; the first visit in the file waits for its lazy modules to load. */
async function openResults(interviewId: string) {
  const view = renderApp(`/app/interviews/${interviewId}/results`);
  await screen.findByRole('heading', { name: /^Results:/, level: 1 }, { timeout: 15_000 });
  return view;
}

describe('practising on the results page', () => {
  it('retries a question by typing and shows it beside the earlier answer, with the score change and what improved', async () => {
    const { account } = signIn();
    const { interview, questions, original } = seedCompleted(account.email);
    const better = buildEvaluation(BETTER, {
      score: 84,
      grade: 'B',
      key_points_covered: [
        { point: 'Names the problem', evidence: 'Our deploys failed weekly' },
        { point: 'Describes the actions', evidence: 'automated the database migrations in CI' },
      ],
      key_points_missed: ['Explains how others were brought along'],
    });
    const store = practiceStore({
      evaluate: () => ({ evaluation: better, comparison: improvedComparison(original, better) }),
    });
    server.use(...practiceHandlers(store));
    const sent = recordJsonBodies('POST', `/api/interviews/${interview.id}/questions/${questions[0]!.id}/retries`);
    const { user } = await openResults(interview.id);

    await user.click(await screen.findByRole('button', { name: new RegExp(`^Question 1: ${questions[0]!.text}`) }));
    // The form replaces the button: focus goes to the answer box, and back to the button on Cancel.
    await user.click(screen.getByRole('button', { name: 'Retry this question' }));
    expect(screen.getByLabelText('Your new answer')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Retry this question' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: 'Retry this question' });
    expect(within(form).getByLabelText('Your new answer')).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Submit new attempt' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Write or say your new answer before submitting.');
    expect(within(form).getByLabelText('Your new answer')).toHaveFocus();
    await user.click(within(form).getByLabelText('Your new answer'));
    await user.paste(BETTER);
    await user.click(within(form).getByRole('button', { name: 'Submit new attempt' }));

    const attempt = await screen.findByRole('article', { name: 'Retry 1' });
    expect(sent).toEqual([{ transcript: BETTER, source: 'typed', duration_s: expect.any(Number) as number }]);
    expect(screen.queryByRole('form', { name: 'Retry this question' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry this question' })).toHaveFocus();
    expect(await within(attempt).findByText('Grade B, 84/100')).toBeInTheDocument();
    expect(within(attempt).getByText('+22 points since the interview (62 → 84)', { exact: false })).toBeInTheDocument();
    const improved = within(attempt).getByRole('heading', { name: 'What improved' }).nextSibling as HTMLElement;
    expect(improved).toHaveTextContent('Describes the actions — automated the database migrations in CI');
    expect(within(attempt).getByRole('heading', { name: 'Still missing' }).nextSibling).toHaveTextContent(
      'Explains how others were brought along',
    );
    // Both answers, each with the words that cover a key point marked.
    const before = within(attempt).getByRole('heading', {
      name: 'Before: Your answer in the interview',
    }).parentElement!;
    expect(before).toHaveTextContent('I fixed it.');
    expect([...before.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Our deploys failed weekly']);
    const now = within(attempt).getByRole('heading', { name: 'Now: retry 1' }).parentElement!;
    expect(now).toHaveTextContent('brought the team along with a short demo');
    expect([...now.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'Our deploys failed weekly',
      'automated the database migrations in CI',
    ]);
  });

  it('lets an admin read the retries and download the PDF, but not retry or share', async () => {
    const candidate = signIn();
    const { interview, questions } = seedCompleted(candidate.account.email);
    const retry = buildRetry({ question_id: questions[0]!.id, transcript: BETTER });
    server.use(...practiceHandlers(practiceStore({ retries: [retry] })));
    signInAsAdmin();
    const { user } = await openResults(interview.id);

    await user.click(await screen.findByRole('button', { name: /^Question 1:/ }));
    const attempt = await screen.findByRole('article', { name: 'Retry 1' });
    expect(within(attempt).getByText('Evaluating this attempt…')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry this question' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download PDF' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Share with a coach' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Practise again' })).not.toBeInTheDocument();
  });

  it('downloads the results as a PDF', async () => {
    const createObjectURL = vi.fn(() => 'blob:report');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const { account } = signIn();
    const { interview } = seedCompleted(account.email);
    server.use(...practiceHandlers(practiceStore()));
    const downloads = recordRequests(`/api/interviews/${interview.id}/report.pdf`);
    const { user } = await openResults(interview.id);

    await user.click(await screen.findByRole('button', { name: 'Download PDF' }));

    await waitFor(() => expect(saved).toEqual(['rehearse-backend-engineer-report.pdf']));
    expect(downloads).toEqual(['GET']);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    // Practise again: the same job, role, template and format, prefilled.
    expect(screen.getByRole('link', { name: 'Practise again' })).toHaveAttribute(
      'href',
      `/app/interviews/new?from=${interview.id}`,
    );
  });

  it('makes a share link that includes the video only when asked, and turns it off', async () => {
    const { account } = signIn();
    const { interview } = seedCompleted(account.email);
    server.use(...practiceHandlers(practiceStore()));
    const sent = recordJsonBodies('POST', `/api/interviews/${interview.id}/shares`);
    const revoked = recordRequests(`/api/interviews/${interview.id}/shares/share-1`);
    const { user } = await openResults(interview.id);

    await user.click(await screen.findByRole('button', { name: 'New share link' }));
    const dialog = screen.getByRole('dialog', { name: 'New share link' });
    await user.click(within(dialog).getByRole('button', { name: 'Create link' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Say who the link is for');
    expect(within(dialog).getByLabelText('Who is it for?')).toHaveFocus();
    await user.type(within(dialog).getByLabelText('Who is it for?'), 'Coach Sam');
    await user.selectOptions(within(dialog).getByLabelText('The link works for'), '30 days');
    await user.click(within(dialog).getByRole('checkbox', { name: /Include the video of my interview/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create link' }));

    const ready = await screen.findByRole('dialog', { name: 'Your link is ready' });
    expect(sent).toEqual([{ label: 'Coach Sam', expires_in_days: 30, include_video: true }]);
    expect(within(ready).getByRole('textbox', { name: 'Share link for Coach Sam' })).toHaveValue(
      `${window.location.origin}/shared/token-1`,
    );
    await user.click(within(ready).getByRole('button', { name: 'Close' }));
    // Back where the person was, not at the top of the page.
    await waitFor(() => expect(screen.getByRole('button', { name: 'New share link' })).toHaveFocus());

    const section = screen.getByRole('region', { name: 'Share with a coach' });
    expect(await within(section).findByText('with the video', { exact: false })).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Turn off' }));
    await user.click(screen.getByRole('button', { name: 'Turn off' }));
    expect(await within(section).findByText('Turned off')).toBeInTheDocument();
    expect(revoked).toEqual(['DELETE']);
    expect(within(section).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it("shows coaches' comments, each with its question and moment", async () => {
    const { account } = signIn();
    const { interview, questions } = seedCompleted(account.email);
    const comments = [buildComment({ question_id: questions[0]!.id, at_s: 12.4, text: 'Lead with the result.' })];
    server.use(...practiceHandlers(practiceStore({ comments })));
    await openResults(interview.id);

    const section = await screen.findByRole('region', { name: 'Comments from your coaches' });
    const item = within(section).getByRole('listitem');
    expect(item).toHaveTextContent('Sam');
    expect(item).toHaveTextContent('via “Coach Sam”');
    expect(item).toHaveTextContent('Question 1');
    expect(item).toHaveTextContent('at 0:12');
    expect(item).toHaveTextContent('Lead with the result.');
  });
});
