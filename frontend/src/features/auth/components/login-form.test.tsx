import { screen, within } from '@testing-library/react';
import { delay, http } from 'msw';

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
    // Also announced as a toast.
    expect(screen.getAllByText('Incorrect email or password.')).toHaveLength(2);
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
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
