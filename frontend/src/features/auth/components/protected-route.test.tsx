import { screen, waitFor } from '@testing-library/react';

import { createTestUser, renderApp, signIn } from '@/testing/test-utils';

describe('protected routes', () => {
  it('sends a visitor without a session to sign in', async () => {
    const { router } = renderApp('/app');

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.queryByText(/Welcome,/)).not.toBeInTheDocument();
  });

  it('returns to the page they asked for after signing in', async () => {
    createTestUser();
    const { user, router } = renderApp('/app?tab=recent');
    await screen.findByRole('heading', { name: 'Sign in' });

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'analytical-engine');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app');
    expect(router.state.location.search).toBe('?tab=recent');
  });

  it('shows the app shell with the user and signs out', async () => {
    signIn();
    const { user, router } = renderApp('/app');

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Ada Lovelace');
    expect(screen.getByText('Candidate')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText('No interviews yet')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Dashboard · Rehearse'));

    await user.click(screen.getByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.getByText('You have signed out.')).toBeInTheDocument();
    expect(localStorage.length).toBe(0);
  });

  it('sends a signed-in visitor from the sign-in page to the dashboard', async () => {
    signIn();
    const { router } = renderApp('/login');

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app');
  });
});
