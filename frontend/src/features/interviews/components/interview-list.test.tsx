import { screen, waitFor, within } from '@testing-library/react';

import { buildInterview } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { renderApp, signIn } from '@/testing/test-utils';

describe('my interviews', () => {
  it('lists them by status, each linking to its room or its results', async () => {
    const { account } = signIn();
    const finished = interviewDb.addInterview(
      account.email,
      buildInterview({ role: 'Data Engineer', status: 'in_progress' }),
    );
    interviewDb.complete(finished);
    const scheduled = interviewDb.addInterview(
      account.email,
      buildInterview({ role: 'SRE', job_title: 'Site Reliability Engineer' }),
    );
    const { user, router } = renderApp('/app/interviews');

    const table = await screen.findByRole('table', { name: 'My interviews' });
    await waitFor(() => expect(document.title).toBe('Interviews · Rehearse'));
    expect(within(table).getByRole('link', { name: 'Start: SRE' })).toHaveAttribute(
      'href',
      `/app/interviews/${scheduled.id}`,
    );
    expect(within(table).getByRole('link', { name: 'Results: Data Engineer' })).toHaveAttribute(
      'href',
      `/app/interviews/${finished.id}/results`,
    );
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      'SRE · SeniorSite Reliability EngineerNot started0 of 3',
    );

    await user.selectOptions(screen.getByLabelText('Status'), 'Completed');
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'My interviews' })).getAllByRole('row')).toHaveLength(2),
    );
    expect(router.state.location.search).toBe('?status=completed');

    await user.selectOptions(screen.getByLabelText('Status'), 'Abandoned');
    expect(await screen.findByText('No interviews with this status')).toBeInTheDocument();
    // The way out of an empty filter is to clear it, not to make a new interview.
    expect(screen.getAllByRole('link', { name: 'New interview' })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Show all interviews' }));
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'My interviews' })).getAllByRole('row')).toHaveLength(3),
    );
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('Status')).toHaveValue('');
  });

  it('does not show a job title that only repeats the role', async () => {
    const { account } = signIn();
    interviewDb.addInterview(
      account.email,
      buildInterview({ role: 'Senior Backend Engineer', job_title: 'Senior Backend Engineer' }),
    );
    renderApp('/app/interviews');

    const table = await screen.findByRole('table', { name: 'My interviews' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/^Senior Backend EngineerNot started/);
  });

  it('shows the role as typed, with its level beside it rather than in front of it', async () => {
    const { account } = signIn();
    interviewDb.addInterview(
      account.email,
      buildInterview({ role: 'Backend engineer', seniority: 'senior', job_title: 'Senior Backend engineer' }),
    );
    renderApp('/app/interviews');

    const table = await screen.findByRole('table', { name: 'My interviews' });
    // The job title only says the role and its level again, so it is not shown under them.
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/^Backend engineer · SeniorNot started/);
  });

  it('before the first interview, offers to set one up and no filter to use', async () => {
    signIn();
    renderApp('/app/interviews');

    expect(await screen.findByText('No interviews yet')).toBeInTheDocument();
    expect(screen.queryByLabelText('Status')).not.toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'New interview' })[1]).toHaveAttribute('href', '/app/interviews/new');
  });
});
