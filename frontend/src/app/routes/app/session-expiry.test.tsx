import { screen } from '@testing-library/react';

import { db } from '@/testing/mock-db';
import { renderApp, signIn } from '@/testing/test-utils';

describe('an expired session', () => {
  it('is renewed without the user noticing', async () => {
    signIn();
    db.expireAccessTokens();

    renderApp('/app');

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' })).toBeInTheDocument();
  });

  it('sends the user to sign in with a message when it cannot be renewed', async () => {
    signIn();
    db.revokeAllSessions();

    const { router } = renderApp('/app');

    expect(await screen.findByText('Your session has expired. Please sign in again.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });
});
