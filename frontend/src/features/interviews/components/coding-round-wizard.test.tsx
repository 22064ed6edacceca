import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import { buildResume } from '@/testing/factories';
import { buildInterview, buildInterviewQuestion, buildTemplate } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { db } from '@/testing/mock-db';
import { recordJsonBodies } from '@/testing/request-log';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

function setup() {
  const { account } = signIn();
  const resume = db.addResume(account.email, buildResume({ filename: 'ada.pdf', is_default: true }));
  const creates = recordJsonBodies('POST', '/api/interviews');
  return { account, resume, creates };
}

async function openFormatStep(user: ReturnType<typeof renderApp>['user']) {
  await screen.findByRole('radio', { name: /ada\.pdf/ }, { timeout: 15_000 });
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await user.type(screen.getByLabelText('Role'), 'Backend engineer');
  await user.selectOptions(screen.getByLabelText('Seniority'), 'junior');
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { name: 'Interview format' });
}

describe('coding round in the wizard', () => {
  it('sends a coding round of only problems, in the chosen language and difficulty', async () => {
    const { resume, creates } = setup();
    const { user } = renderApp('/app/interviews/new');
    await openFormatStep(user);

    expect(screen.getByRole('radio', { name: /Talking questions/ })).toBeChecked();
    expect(screen.queryByLabelText('Language')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /^Coding round/ }));
    // Only problems: no talking-question count or template to set.
    expect(screen.queryByLabelText('Number of questions')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Difficulty')).toHaveValue('');
    await user.clear(screen.getByLabelText('Coding problems'));
    await user.type(screen.getByLabelText('Coding problems'), '4');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Choose between 1 and 3 problems.')).toBeInTheDocument();
    expect(screen.getByLabelText('Coding problems')).toHaveFocus();
    await user.clear(screen.getByLabelText('Coding problems'));
    await user.type(screen.getByLabelText('Coding problems'), '2');
    await user.selectOptions(screen.getByLabelText('Language'), 'JavaScript');
    await user.selectOptions(screen.getByLabelText('Difficulty'), 'Medium');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const review = screen.getByRole('region', { name: 'Review and create' });
    expect(within(review).getByText('Round').nextSibling).toHaveTextContent('Coding round');
    expect(within(review).getByText('Coding problems').nextSibling).toHaveTextContent('2 in JavaScript, medium');
    expect(within(review).queryByText('Questions')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create interview' }));

    expect(await screen.findByRole('heading', { name: 'Your interview is ready' })).toBeInTheDocument();
    expect(creates).toEqual([
      {
        role: 'Backend engineer',
        seniority: 'junior',
        question_count: 5,
        resume_id: resume.id,
        settings: { time_per_question_s: 180, follow_ups: true },
        coding: { problems: 2, only: true, language: 'javascript', difficulty: 'medium' },
      },
    ]);
  });

  it('mixes problems with talking questions, the difficulty left to the seniority', async () => {
    const { creates } = setup();
    const { user } = renderApp('/app/interviews/new');
    await openFormatStep(user);
    await user.click(screen.getByRole('radio', { name: /Mixed/ }));
    await user.clear(screen.getByLabelText('Number of questions'));
    await user.type(screen.getByLabelText('Number of questions'), '3');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const review = screen.getByRole('region', { name: 'Review and create' });
    expect(within(review).getByText('Coding problems').nextSibling).toHaveTextContent('1 in Python, fits my level');
    await user.click(screen.getByRole('button', { name: 'Create interview' }));
    await screen.findByRole('heading', { name: 'Your interview is ready' });
    expect(creates[0]).toMatchObject({
      question_count: 3,
      coding: { problems: 1, only: false, language: 'python', difficulty: null },
    });
  });

  it('lists templates with coding problems like the others, and shows the API’s validation errors', async () => {
    setup();
    interviewDb.addTemplates(
      buildTemplate({ name: 'Coding loop', mix: { behavioral: 1, technical: 1, situational: 0 }, coding_problems: 2 }),
    );
    server.use(
      http.post('/api/interviews', () =>
        HttpResponse.json(
          {
            error: {
              code: 'validation_error',
              message: 'coding.problems: Input should be less than or equal to 3',
              details: [
                {
                  field: 'coding.problems',
                  message: 'Input should be less than or equal to 3',
                  type: 'less_than_equal',
                },
                {
                  field: 'coding.language',
                  message: "Input should be 'python' or 'javascript'",
                  type: 'literal_error',
                },
              ],
            },
          },
          { status: 422 },
        ),
      ),
    );
    const { user } = renderApp('/app/interviews/new');
    await openFormatStep(user);
    await user.click(screen.getByRole('radio', { name: /Use a template/ }));
    const template = await screen.findByRole('radio', { name: /Coding loop/ });
    expect(template.closest('label')).toHaveTextContent('2 questions · 5 min each · 2 coding problems');
    await user.click(template);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const review = screen.getByRole('region', { name: 'Review and create' });
    expect(within(review).getByText('Coding problems').nextSibling).toHaveTextContent('2 in Python, from the template');
    await user.click(screen.getByRole('button', { name: 'Create interview' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The interview could not be created.');
    expect(alert).toHaveTextContent('coding.language: Input should be');
    expect(screen.getByRole('button', { name: 'Create interview' })).toBeEnabled();
  });

  it('“Practise again” repeats the coding round with its language and difficulty', async () => {
    const { account, creates } = setup();
    const problem = buildInterviewQuestion({ category: 'coding', source: 'coding', text: 'Coding exercise: Two sum.' });
    const earlier = interviewDb.addInterview(
      account.email,
      buildInterview({ role: 'SRE', seniority: 'senior', questions: [problem] }),
    );
    server.use(
      http.get('/api/coding/interviews/:interviewId/questions/:questionId', ({ params }) =>
        params.questionId === problem.id
          ? HttpResponse.json({ question_id: problem.id, language: 'javascript', problem: { difficulty: 'hard' } })
          : HttpResponse.json({ error: { code: 'coding_question_not_found', message: 'Not found.' } }, { status: 404 }),
      ),
    );
    const { user } = renderApp(`/app/interviews/new?from=${earlier.id}`);

    const review = await screen.findByRole('region', { name: 'Review and create' }, { timeout: 15_000 });
    expect(within(review).getByText('Round').nextSibling).toHaveTextContent('Coding round');
    await user.click(screen.getByRole('button', { name: 'Create interview' }));
    await screen.findByRole('heading', { name: 'Your interview is ready' });
    expect(creates[0]).toMatchObject({
      role: 'SRE',
      coding: { problems: 1, only: true, language: 'javascript', difficulty: 'hard' },
    });
  });
});

describe('leaving the wizard', () => {
  it('asks before unsaved choices are lost, and stays or leaves as answered', async () => {
    setup();
    const { user, router } = renderApp('/app/interviews/new');
    await screen.findByRole('radio', { name: /ada\.pdf/ }, { timeout: 15_000 });
    // Nothing chosen yet: leaving does not ask. Wait for the dashboard itself, not the router's
    // location: the old wizard stays on screen until React has rendered the new page, and a radio
    // found in it then would be clicked after it is gone.
    await user.click(screen.getByRole('link', { name: 'Dashboard' }));
    await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' }, { timeout: 15_000 });
    expect(screen.queryByRole('radio', { name: /No resume/ })).not.toBeInTheDocument();

    await user.click(await screen.findByRole('link', { name: 'Start your first interview' }));
    await user.click(await screen.findByRole('radio', { name: /No resume/ }, { timeout: 15_000 }));
    await user.click(screen.getByRole('link', { name: 'Dashboard' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without creating the interview?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(router.state.location.pathname).toBe('/app/interviews/new');
    expect(screen.getByRole('radio', { name: /No resume/ })).toBeChecked();

    await user.click(screen.getByRole('link', { name: 'Dashboard' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Leave' }));
    expect(await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' }, { timeout: 15_000 })).toBeVisible();
    expect(router.state.location.pathname).toBe('/app');
  });
});
