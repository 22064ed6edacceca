import { screen, within } from '@testing-library/react';
import { http } from 'msw';

import { errorResponse } from '@/testing/http';
import { db } from '@/testing/mock-db';
import { recordJsonBodies } from '@/testing/request-log';
import { server } from '@/testing/server';
import { renderApp, signIn } from '@/testing/test-utils';

type User = ReturnType<typeof renderApp>['user'];

interface Fields {
  current?: string;
  next?: string;
  confirm?: string;
}

async function openSettings() {
  signIn();
  const patches = recordJsonBodies('PATCH', '/api/auth/me');
  const view = renderApp('/app/settings');
  await screen.findByRole('heading', { name: 'Settings', level: 1 });
  const form = screen.getByRole('form', { name: 'Change password' });
  return { ...view, patches, form };
}

async function submit(user: User, form: HTMLElement, { current, next, confirm = next }: Fields) {
  if (current) await user.type(within(form).getByLabelText('Current password'), current);
  if (next) await user.type(within(form).getByLabelText('New password'), next);
  if (confirm) await user.type(within(form).getByLabelText('Confirm new password'), confirm);
  await user.click(within(form).getByRole('button', { name: 'Change password' }));
}

describe('change password form', () => {
  it('checks every field before sending anything', async () => {
    const { user, patches, form } = await openSettings();

    await submit(user, form, {});
    expect(await within(form).findByText('Enter your current password.')).toBeInTheDocument();
    expect(within(form).getByText('Use at least 8 characters for your password.')).toBeInTheDocument();
    expect(within(form).getByText('Enter your new password again.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Current password')).toHaveFocus();

    await submit(user, form, { current: 'analytical-engine', next: 'ada@example.com' });
    const next = within(form).getByLabelText('New password');
    expect(
      await within(form).findByText('Your password must not be the same as your email address.'),
    ).toBeInTheDocument();
    expect(next).toHaveAttribute('aria-invalid', 'true');
    expect(next).toHaveAccessibleDescription(expect.stringContaining('must not be the same as your email'));

    await user.clear(next);
    await user.type(next, 'difference-engine');
    await user.clear(within(form).getByLabelText('Confirm new password'));
    await user.type(within(form).getByLabelText('Confirm new password'), 'difference-engin');
    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(await within(form).findByText('The two new passwords do not match.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Confirm new password')).toHaveFocus();
    expect(patches).toEqual([]);
  });

  it('shows a wrong current password once, next to that field', async () => {
    const { user, form } = await openSettings();

    await submit(user, form, { current: 'not-my-password', next: 'difference-engine' });

    const current = within(form).getByLabelText('Current password');
    expect(await within(form).findByText('The current password is not correct.')).toBeInTheDocument();
    expect(current).toHaveAttribute('aria-invalid', 'true');
    expect(current).toHaveAccessibleDescription('The current password is not correct.');
    expect(current).toHaveFocus();
    expect(screen.getAllByText('The current password is not correct.')).toHaveLength(1);
    // Nothing is cleared, to fix and resend.
    expect(within(form).getByLabelText('New password')).toHaveValue('difference-engine');
    expect(db.findUser('ada@example.com')?.password).toBe('analytical-engine');
  });

  it('shows why the server finds the new password weak', async () => {
    server.use(http.patch('/api/auth/me', () => errorResponse(422, 'weak_password', 'This password is too common.')));
    const { user, form } = await openSettings();

    await submit(user, form, { current: 'analytical-engine', next: 'password123' });

    const next = within(form).getByLabelText('New password');
    expect(await within(form).findByText('This password is too common.')).toBeInTheDocument();
    expect(next).toHaveAttribute('aria-invalid', 'true');
    expect(next).toHaveFocus();
    expect(screen.getAllByText('This password is too common.')).toHaveLength(1);
  });

  it('changes the password and clears the fields; the new password signs in', async () => {
    const { user, patches, form, router } = await openSettings();

    await submit(user, form, { current: 'analytical-engine', next: 'difference-engine' });

    expect(await screen.findByText('Your password is changed.')).toBeInTheDocument();
    expect(patches).toEqual([{ current_password: 'analytical-engine', new_password: 'difference-engine' }]);
    for (const label of ['Current password', 'New password', 'Confirm new password']) {
      expect(within(form).getByLabelText(label)).toHaveValue('');
    }

    await user.click(screen.getByRole('button', { name: 'Log out' }));
    await screen.findByRole('heading', { name: 'Sign in' });
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'difference-engine');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    // Back where they signed out.
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app/settings');
    expect(screen.getByRole('banner')).toHaveTextContent('Ada Lovelace');
  });
});
