import { screen, waitFor, within } from '@testing-library/react';

import { signInAsAdmin } from '@/testing/admin-session';
import { buildInterview, buildTemplate } from '@/testing/interview-factories';
import { interviewDb } from '@/testing/interview-db';
import { recordJsonBodies, recordRequests } from '@/testing/request-log';
import { createTestUser, renderApp } from '@/testing/test-utils';

describe('admin templates', () => {
  it('adds, checks and deletes templates', async () => {
    signInAsAdmin();
    interviewDb.addTemplates(buildTemplate({ name: 'Old format' }));
    const creates = recordJsonBodies('POST', '/api/templates');
    const { user } = renderApp('/app/admin/templates');

    expect(await screen.findByRole('cell', { name: /Old format/ })).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Admin' })).getByRole('link', { name: 'Templates' }),
    ).toHaveAttribute('aria-current', 'page');
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Admin' }),
    ).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('button', { name: 'New template' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'New template' }));
    await user.type(dialog.getByLabelText('Name'), 'Graduate screen');
    for (const label of ['Behavioural', 'Technical', 'Situational']) await user.clear(dialog.getByLabelText(label));
    for (const label of ['Behavioural', 'Technical', 'Situational']) await user.type(dialog.getByLabelText(label), '0');
    await user.click(dialog.getByRole('button', { name: 'Add template' }));
    expect(await dialog.findByText('A template needs between 1 and 20 questions in total.')).toBeInTheDocument();

    await user.clear(dialog.getByLabelText('Behavioural'));
    await user.type(dialog.getByLabelText('Behavioural'), '3');
    await user.selectOptions(dialog.getByLabelText('Seniority (optional)'), 'Junior');
    await user.click(dialog.getByRole('button', { name: 'Add template' }));

    expect(await screen.findByText('Saved the template “Graduate screen”.')).toBeInTheDocument();
    expect(creates).toEqual([
      {
        name: 'Graduate screen',
        description: '',
        role: null,
        seniority: 'junior',
        mix: { behavioral: 3, technical: 0, situational: 0 },
        time_per_question_s: 180,
        follow_ups: true,
        coding_problems: 0,
      },
    ]);
    expect(await screen.findByRole('cell', { name: /Graduate screen/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete template Old format' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete template' }));
    expect(await screen.findByText('Deleted the template “Old format”.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('cell', { name: /Old format/ })).not.toBeInTheDocument());
  });
});

describe('admin interviews', () => {
  it('lists every candidate’s interviews, filtered, linking to the results', async () => {
    const ada = createTestUser();
    const alan = createTestUser({ email: 'alan@example.com', full_name: 'Alan Turing' });
    const done = interviewDb.addInterview(
      ada.email,
      buildInterview({ role: 'Backend Engineer', status: 'in_progress' }),
    );
    interviewDb.complete(done);
    interviewDb.addInterview(alan.email, buildInterview({ role: 'Data Scientist', status: 'scheduled' }));
    signInAsAdmin();
    const searches = recordRequests('/api/admin/interviews');
    const { user, router } = renderApp('/app/admin');

    await waitFor(() => expect(router.state.location.pathname).toBe('/app/admin/questions'));
    await user.click(
      within(await screen.findByRole('navigation', { name: 'Admin' })).getByRole('link', { name: 'Interviews' }),
    );
    expect(await screen.findByText('2 interviews')).toBeInTheDocument();
    // The role as typed, its level beside it.
    expect(screen.getByRole('table', { name: 'Interviews' })).toHaveTextContent('Data Scientist · Senior');

    await user.type(screen.getByLabelText('Candidate'), 'alan');
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    expect(await screen.findByText('1 interview')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?candidate=alan');
    expect(screen.getByRole('table', { name: 'Interviews' })).toHaveTextContent('Alan Turing');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(screen.getByLabelText('Status'), 'Completed');
    await user.type(screen.getByLabelText('Minimum score'), '90');
    await user.type(screen.getByLabelText('Maximum score'), '50');
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    expect(await screen.findByText('The maximum is below the minimum.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Minimum score'));
    await user.clear(screen.getByLabelText('Maximum score'));
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    expect(await screen.findByText('1 interview')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Results: Ada Lovelace, Backend Engineer' })).toHaveAttribute(
      'href',
      `/app/admin/interviews/${done.id}/results`,
    );
    expect(searches.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps Admin, not the admin’s own Interviews, highlighted while reading a candidate’s results', async () => {
    const ada = createTestUser();
    const done = interviewDb.addInterview(
      ada.email,
      buildInterview({ role: 'Backend Engineer', status: 'in_progress' }),
    );
    interviewDb.complete(done);
    signInAsAdmin();
    const { user, router } = renderApp('/app/admin/interviews');

    await user.click(
      await screen.findByRole('link', { name: 'Results: Ada Lovelace, Backend Engineer' }, { timeout: 10_000 }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Results: Backend Engineer', level: 1 }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/app/admin/interviews/${done.id}/results`);
    const main = within(screen.getByRole('navigation', { name: 'Main' }));
    expect(main.getByRole('link', { name: 'Admin' })).toHaveAttribute('aria-current', 'page');
    expect(main.getByRole('link', { name: 'Interviews' })).not.toHaveAttribute('aria-current');
    expect(
      within(screen.getByRole('navigation', { name: 'Admin' })).getByRole('link', { name: 'Interviews' }),
    ).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText(/^Ada Lovelace ·/)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'All interviews' }));
    expect(router.state.location.pathname).toBe('/app/admin/interviews');
  });
});
