import { screen, waitFor, within } from '@testing-library/react';

import { buildPlan, planDb } from '@/testing/plan-handlers';
import { recordJsonBodies } from '@/testing/request-log';
import { renderApp, signIn } from '@/testing/test-utils';

import { addDays, localToday } from '../lib/today';

describe('interview plans', () => {
  beforeEach(() => planDb.reset());

  it('builds a plan from the interview date and pace, and shows its schedule', async () => {
    signIn();
    const sent = recordJsonBodies('POST', '/api/plans');
    const { user } = renderApp('/app/plans');
    const today = localToday();
    const interview = addDays(today, 10);

    await user.type(await screen.findByLabelText('Interview date'), interview);
    await user.selectOptions(screen.getByLabelText('Sessions per week'), '4');
    await user.click(screen.getByRole('button', { name: 'Build my plan' }));

    const schedule = await screen.findByRole('list', { name: 'Practice sessions' });
    await waitFor(() =>
      expect(sent).toEqual([
        { interview_date: interview, sessions_per_week: 4, job_id: null, job_description_id: null, today },
      ]),
    );
    const rows = within(schedule).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('Short focused session');
    expect(rows[0]).toHaveTextContent('Today');
    expect(rows.at(-2)).toHaveTextContent('Full mock interview');
    expect(rows.at(-1)).toHaveTextContent('your interview. Rest the day before.');
    expect(screen.getByText(/0 of 5 sessions done/)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Reminders: 1 practice session due' })).toBeInTheDocument();
  });

  it('reminds of a due session in the header, starts it in the wizard with the job, and skips it', async () => {
    const { account } = signIn();
    const today = localToday();
    planDb.add(
      account.email,
      buildPlan(today, addDays(today, 6), { job_description_id: 'jd-1', job_title: 'Data engineer' }),
    );
    const { user } = renderApp('/app');

    const card = await screen.findByRole('region', { name: 'Interview plan' });
    expect(card).toHaveTextContent('Data engineer on');
    await user.click(await screen.findByRole('button', { name: 'Reminders: 1 practice session due' }));
    const panel = screen.getByRole('region', { name: 'Reminders' });
    expect(within(panel).getByText('due today')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: /Start now/ })).toHaveAttribute(
      'href',
      '/app/interviews/new?session=short&job_description_id=jd-1',
    );

    await user.click(within(panel).getByRole('button', { name: /Skip/ }));
    expect(await screen.findByRole('button', { name: 'Reminders: nothing due' })).toBeInTheDocument();
    expect(within(card).getByText('Nothing due today.')).toBeInTheDocument();
  });

  it('marks a due session done by hand and counts it', async () => {
    const { account } = signIn();
    const today = localToday();
    planDb.add(account.email, buildPlan(today, addDays(today, 6)));
    const { user } = renderApp('/app/plans');

    const schedule = await screen.findByRole('list', { name: 'Practice sessions' });
    await user.click(within(schedule).getByRole('button', { name: 'Mark done' }));
    expect(await screen.findByText('Marked done by you')).toBeInTheDocument();
    expect(screen.getByText(/1 of 3 sessions done/)).toBeInTheDocument();
  });
});
