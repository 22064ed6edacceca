import { screen, within } from '@testing-library/react';

import { recordRequests } from '@/testing/request-log';
import { createTestUser, renderApp } from '@/testing/test-utils';

interface Fields {
  fullName?: string;
  email?: string;
  password?: string;
}

async function submit(user: ReturnType<typeof renderApp>['user'], { fullName, email, password }: Fields) {
  if (fullName) await user.type(screen.getByLabelText('Full name'), fullName);
  if (email) await user.type(screen.getByLabelText('Email'), email);
  if (password) await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('register form', () => {
  it('requires every field before sending', async () => {
    const registrations = recordRequests('/api/auth/register');
    const { user } = renderApp('/register');
    await screen.findByRole('heading', { name: 'Create your account' });

    await submit(user, {});

    expect(await screen.findByText('Enter your full name.')).toBeInTheDocument();
    expect(screen.getByText('Enter your email address.')).toBeInTheDocument();
    expect(screen.getByLabelText('Full name')).toHaveFocus();
    expect(registrations).toEqual([]);
  });

  it('rejects a weak password in the browser', async () => {
    const registrations = recordRequests('/api/auth/register');
    const { user } = renderApp('/register');
    await screen.findByRole('heading', { name: 'Create your account' });

    await submit(user, { fullName: 'Grace Hopper', email: 'grace@example.com', password: 'short' });
    const password = screen.getByLabelText('Password');
    expect(await screen.findByText('Use at least 8 characters for your password.')).toBeInTheDocument();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(expect.stringContaining('Use at least 8 characters'));

    await user.clear(password);
    await user.type(password, 'grace@example.com');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Your password must not be the same as your email address.')).toBeInTheDocument();
    expect(registrations).toEqual([]);
  });

  it('shows the server message when the email is taken', async () => {
    createTestUser({ email: 'grace@example.com' });
    const { user } = renderApp('/register');
    await screen.findByRole('heading', { name: 'Create your account' });

    await submit(user, { fullName: 'Grace Hopper', email: 'grace@example.com', password: 'cobol-forever' });

    const form = screen.getByRole('form', { name: 'Create account' });
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'An account with this email is already registered.',
    );
    // Said once, in the form, not again in a toast.
    expect(screen.getAllByText('An account with this email is already registered.')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Create your account' })).toBeInTheDocument();
  });

  it('creates the account, signs in and opens the dashboard', async () => {
    const logins = recordRequests('/api/auth/login');
    const { user, router } = renderApp('/register');
    await screen.findByRole('heading', { name: 'Create your account' });

    await submit(user, { fullName: 'Grace Hopper', email: 'grace@example.com', password: 'cobol-forever' });

    expect(await screen.findByRole('heading', { name: 'Welcome, Grace Hopper' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app');
    expect(logins).toEqual(['POST']);
    expect(screen.getByText('Welcome to Rehearse, Grace Hopper!')).toBeInTheDocument();
  });
});
