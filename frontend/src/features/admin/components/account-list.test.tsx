import { screen, waitFor, within } from '@testing-library/react';

import { sentMails } from '@/testing/account-handlers';
import { signInAsAdmin } from '@/testing/admin-session';
import { recordRequests } from '@/testing/request-log';
import { createTestUser, renderApp, signIn } from '@/testing/test-utils';

beforeEach(() => {
  sentMails.length = 0;
});

describe('admin candidates', () => {
  it('makes a reset link for a candidate, shows it to copy and mails it', async () => {
    createTestUser();
    createTestUser({ email: 'alan@example.com', full_name: 'Alan Turing' });
    signInAsAdmin();
    const resets = recordRequests('/api/users/00000000-0000-4000-8000-000000000001/password-reset');
    const { user, router } = renderApp('/app/admin/candidates');

    // The first page of a test file waits for its lazy route modules to load.
    expect(await screen.findByText('3 accounts', undefined, { timeout: 10_000 })).toBeInTheDocument();
    const adminNav = screen.getByRole('navigation', { name: 'Admin' });
    expect(within(adminNav).getByRole('link', { name: 'Candidates' })).toHaveAttribute('aria-current', 'page');
    await user.type(screen.getByLabelText('Name or email'), 'ada');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('1 account')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=ada');

    await user.click(screen.getByRole('button', { name: 'Reset link for Ada Lovelace' }));

    const dialog = await screen.findByRole('dialog', { name: 'Reset link for Ada Lovelace' });
    expect(dialog).toHaveAccessibleDescription(/We emailed it to ada@example.com\. It works once, until/);
    const link = within(dialog).getByLabelText('Reset link');
    expect(link).toHaveValue(sentMails[0]?.link);
    expect(sentMails[0]?.link).toMatch(/\/reset-password#token=/);
    expect(sentMails.map((mail) => mail.to)).toEqual(['ada@example.com']);
    expect(resets).toEqual(['POST']);

    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Copied.');
    // user-event stands in for the clipboard.
    expect(await navigator.clipboard.readText()).toBe(sentMails[0]?.link);
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('is for admins only', async () => {
    signIn();
    const lists = recordRequests('/api/users');
    const { router } = renderApp('/app/admin/candidates');
    // The first page of a test file waits for its lazy route modules to load.
    await waitFor(() => expect(router.state.location.pathname).toBe('/app'), { timeout: 10_000 });
    expect(lists).toEqual([]);
  });
});
