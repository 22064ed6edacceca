import { screen, waitFor, within } from '@testing-library/react';

import { db } from '@/testing/mock-db';
import { recordJsonBodies, recordRequests } from '@/testing/request-log';
import { renderApp, signIn } from '@/testing/test-utils';

async function openDeleteDialog() {
  signIn();
  const deletes = recordJsonBodies('DELETE', '/api/users/me');
  const view = renderApp('/app/settings');
  await screen.findByRole('heading', { name: 'Settings', level: 1 });
  await view.user.click(screen.getByRole('button', { name: 'Delete my account…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Delete your account?' });
  return { ...view, deletes, dialog };
}

describe('delete account', () => {
  it('says what goes and asks for the password; a wrong one is shown next to the field', async () => {
    const { user, deletes, dialog } = await openDeleteDialog();
    expect(dialog).toHaveAccessibleDescription(/ada@example.com with your resumes.*recordings\. It cannot be undone/);
    const password = within(dialog).getByLabelText('Your password');

    await user.click(within(dialog).getByRole('button', { name: 'Delete my account for good' }));
    expect(await within(dialog).findByText('Enter your password.')).toBeInTheDocument();
    expect(password).toHaveFocus();
    expect(deletes).toEqual([]);

    await user.type(password, 'not-my-password');
    await user.click(within(dialog).getByRole('button', { name: 'Delete my account for good' }));
    expect(await within(dialog).findByText('The password is not correct.')).toBeInTheDocument();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveFocus();
    expect(screen.getAllByText('The password is not correct.')).toHaveLength(1);
    expect(db.findUser('ada@example.com')).toBeDefined();
  });

  it('deletes the account after the password, signs out, and the account no longer signs in', async () => {
    const { user, deletes, dialog, router } = await openDeleteDialog();

    await user.type(within(dialog).getByLabelText('Your password'), 'analytical-engine');
    await user.click(within(dialog).getByRole('button', { name: 'Delete my account for good' }));

    expect(await screen.findByText('Your account and everything in it are deleted.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(deletes).toEqual([{ password: 'analytical-engine' }]);
    expect(db.findUser('ada@example.com')).toBeUndefined();

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'analytical-engine');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect email or password.');
  });

  it('keeps the account when the dialog is dismissed, and a reopened dialog starts empty', async () => {
    const { user, dialog } = await openDeleteDialog();
    const requests = recordRequests('/api/users/me');

    await user.type(within(dialog).getByLabelText('Your password'), 'analytical-engine');
    await user.click(within(dialog).getByRole('button', { name: 'Keep my account' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Delete my account…' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Delete my account…' }));
    const reopened = await screen.findByRole('dialog', { name: 'Delete your account?' });
    expect(within(reopened).getByLabelText('Your password')).toHaveValue('');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests).toEqual([]);
    expect(db.findUser('ada@example.com')).toBeDefined();
  });
});
