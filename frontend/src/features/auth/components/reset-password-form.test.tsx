import { screen, waitFor, within } from '@testing-library/react';

import { db } from '@/testing/mock-db';
import { recordJsonBodies } from '@/testing/request-log';
import { createTestUser, renderApp } from '@/testing/test-utils';

async function openResetPage(hash: string) {
  const confirms = recordJsonBodies('POST', '/api/auth/password-reset/confirm');
  const view = renderApp(`/reset-password${hash}`);
  await screen.findByRole('heading', { name: 'Choose a new password' });
  return { ...view, confirms };
}

describe('reset password page', () => {
  it('sets the new password from the mailed link, then the new password signs in', async () => {
    createTestUser();
    const token = db.issueResetToken('ada@example.com');
    const { user, confirms, router } = await openResetPage(`#token=${token}`);
    const form = screen.getByRole('form', { name: 'Choose a new password' });

    await user.type(within(form).getByLabelText('New password'), 'short');
    await user.type(within(form).getByLabelText('Confirm new password'), 'shorter');
    await user.click(within(form).getByRole('button', { name: 'Set new password' }));
    expect(await within(form).findByText('Use at least 8 characters for your password.')).toBeInTheDocument();
    expect(within(form).getByText('The two new passwords do not match.')).toBeInTheDocument();
    expect(within(form).getByLabelText('New password')).toHaveFocus();
    expect(confirms).toEqual([]);

    await user.clear(within(form).getByLabelText('New password'));
    await user.type(within(form).getByLabelText('New password'), 'difference-engine');
    await user.clear(within(form).getByLabelText('Confirm new password'));
    await user.type(within(form).getByLabelText('Confirm new password'), 'difference-engine');
    await user.click(within(form).getByRole('button', { name: 'Set new password' }));

    expect(await screen.findByText('Your password is changed. Sign in with your new password.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(confirms).toEqual([{ token, new_password: 'difference-engine' }]);

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'difference-engine');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByRole('banner')).toHaveTextContent('Ada Lovelace'));
  });

  it('says when the link was used already and leads to a new one', async () => {
    createTestUser();
    const token = db.issueResetToken('ada@example.com');
    db.consumeResetToken(token);
    const { user, router } = await openResetPage(`#token=${token}`);
    const form = screen.getByRole('form', { name: 'Choose a new password' });

    await user.type(within(form).getByLabelText('New password'), 'difference-engine');
    await user.type(within(form).getByLabelText('Confirm new password'), 'difference-engine');
    await user.click(within(form).getByRole('button', { name: 'Set new password' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('This password reset link is not valid any more');
    expect(screen.getAllByText(/not valid any more/)).toHaveLength(1);
    expect(db.findUser('ada@example.com')?.password).toBe('analytical-engine');
    await user.click(within(alert).getByRole('link', { name: 'Ask for a new link' }));
    expect(await screen.findByRole('heading', { name: 'Forgot your password?' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/forgot-password');
  });

  it('without a token in the address, explains and offers to ask for a link', async () => {
    await openResetPage('');
    expect(screen.getByRole('alert')).toHaveTextContent('This page needs the link from your reset email');
    expect(screen.getByRole('link', { name: 'Ask for a reset link' })).toHaveAttribute('href', '/forgot-password');
    expect(screen.queryByRole('form', { name: 'Choose a new password' })).not.toBeInTheDocument();
  });
});
