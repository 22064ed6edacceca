import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';

import { recordRequests } from '@/testing/request-log';
import { server } from '@/testing/server';
import { createTestUser, renderApp } from '@/testing/test-utils';

async function fillIn(user: ReturnType<typeof renderApp>['user'], email: string, password: string) {
  if (email) await user.type(screen.getByLabelText('Email'), email);
  if (password) await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('login form', () => {
  it('validates the fields before sending anything', async () => {
    const logins = recordRequests('/api/auth/login');
    const { user } = renderApp('/login');
    await screen.findByRole('heading', { name: 'Sign in' });

    await fillIn(user, '', '');
    const email = screen.getByLabelText('Email');
    expect(await screen.findByText('Enter your email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter your email address.');
    expect(email).toHaveFocus();

    await user.type(email, 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/Enter a valid email address/)).toBeInTheDocument();
    expect(logins).toEqual([]);
  });

  it('shows the server message when the credentials are wrong', async () => {
    createTestUser();
    const { user } = renderApp('/login');
    await screen.findByRole('heading', { name: 'Sign in' });

    await fillIn(user, 'ada@example.com', 'not-my-password');

    const form = screen.getByRole('form', { name: 'Sign in' });
    expect(await within(form).findByRole('alert')).toHaveTextContent('Incorrect email or password.');
    // Once: the alert in the form is announced, a toast would say it again.
    expect(screen.getAllByText('Incorrect email or password.')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('shows one message, not one per attempt, when repeated failures lock the account', async () => {
    createTestUser();
    const lockout = 'Too many failed sign-in attempts. Try again in about 15 minutes.';
    let failures = 0;
    // The server's contract: five failures for an email, then 429 until the lock ends.
    server.use(
      http.post('/api/auth/login', async () => {
        await delay(10);
        failures += 1;
        if (failures > 5)
          return HttpResponse.json(
            { error: { code: 'too_many_attempts', message: lockout, details: { retry_after_s: 900 } } },
            { status: 429 },
          );
        return HttpResponse.json(
          { error: { code: 'invalid_credentials', message: 'Incorrect email or password.', details: null } },
          { status: 401 },
        );
      }),
    );
    const { user } = renderApp('/login');
    await screen.findByRole('heading', { name: 'Sign in' });
    const form = screen.getByRole('form', { name: 'Sign in' });

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'not-my-password');
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      await screen.findByRole('button', { name: 'Sign in' }); // The attempt is answered.
    }

    expect(await within(form).findByRole('alert')).toHaveTextContent(lockout);
    expect(screen.getAllByText(lockout)).toHaveLength(1);
    expect(screen.queryByText('Incorrect email or password.')).not.toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('disables the button with a spinner while signing in', async () => {
    createTestUser();
    server.use(http.post('/api/auth/login', () => delay('infinite')));
    const { user } = renderApp('/login');
    await screen.findByRole('heading', { name: 'Sign in' });

    await fillIn(user, 'ada@example.com', 'analytical-engine');

    const button = await screen.findByRole('button', { name: 'Signing in…' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
  });

  it('signs in and opens the dashboard', async () => {
    createTestUser();
    const { user, router } = renderApp('/login');
    await screen.findByRole('heading', { name: 'Sign in' });

    await fillIn(user, 'ada@example.com', 'analytical-engine');

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app');
  });
});
