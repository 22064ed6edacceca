import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { buildResume } from '@/testing/factories';
import { buildInterview, buildQuestions } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { db } from '@/testing/mock-db';
import { renderApp, signIn } from '@/testing/test-utils';

function steps() {
  const list = screen.getByRole('region', { name: 'Get started' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('p')?.textContent);
}

function finishInterview(owner: string) {
  const interview = interviewDb.addInterview(
    owner,
    buildInterview({ status: 'in_progress', questions: buildQuestions(1) }),
  );
  interviewDb.answer(interview, interview.questions[0]!, {
    transcript: 'I rolled the migration back within minutes.',
    source: 'typed',
  });
  interviewDb.complete(interview);
  return interview;
}

describe('first-run checklist', () => {
  beforeEach(() => window.localStorage.clear());

  it('lists the steps to a first report and links to the ones not done', async () => {
    signIn();
    renderApp('/app');

    expect(await screen.findByRole('region', { name: 'Get started' })).toHaveTextContent('0 of 4 steps done');
    expect(screen.getByRole('link', { name: 'Add your resume' })).toHaveAttribute('href', '/app/resumes');
    expect(screen.getByRole('link', { name: 'Choose the job you want' })).toHaveAttribute('href', '/app/jobs');
    expect(screen.getByRole('link', { name: 'Finish a mock interview' })).toHaveAttribute(
      'href',
      '/app/interviews/new',
    );
  });

  it('ticks off what the candidate has done, and reviewing a report once they open it', async () => {
    const { account } = signIn();
    db.addResume(account.email, buildResume());
    const finished = finishInterview(account.email);
    const view = renderApp('/app');

    expect(await screen.findByRole('region', { name: 'Get started' })).toHaveTextContent('2 of 4 steps done');
    expect(steps()).toEqual([
      'Add your resume (done)',
      'Choose the job you want',
      'Finish a mock interview (done)',
      'Review your report',
    ]);
    view.unmount();

    renderApp(`/app/interviews/${finished.id}/results`);
    await screen.findByRole('heading', { level: 1, name: /Results: Backend Engineer/ });
    renderApp('/app');
    await waitFor(() =>
      expect(screen.getAllByRole('region', { name: 'Get started' }).at(-1)).toHaveTextContent('3 of 4 steps done'),
    );
  });

  it('stays hidden once the candidate hides it', async () => {
    signIn();
    const view = renderApp('/app');
    await userEvent.click(await screen.findByRole('button', { name: 'Hide the getting started list' }));
    expect(screen.queryByRole('region', { name: 'Get started' })).not.toBeInTheDocument();
    view.unmount();

    renderApp('/app');
    await screen.findByText('No interviews yet');
    expect(screen.queryByRole('region', { name: 'Get started' })).not.toBeInTheDocument();
  });
});
