import { screen, waitFor } from '@testing-library/react';

import { renderApp, signIn } from '@/testing/test-utils';

describe('public pages', () => {
  it('introduces Rehearse with sign-up and sign-in', async () => {
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/Rehearse the interview/);
    expect(screen.getAllByRole('link', { name: 'Sign up' })[0]).toHaveAttribute('href', '/register');
    expect(screen.getAllByRole('link', { name: 'Sign in' })[0]).toHaveAttribute('href', '/login');
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
  });

  it('links a signed-in visitor to the dashboard', async () => {
    signIn();
    renderApp('/');

    expect((await screen.findAllByRole('link', { name: 'Go to your dashboard' }))[0]).toHaveAttribute('href', '/app');
    expect(screen.queryByRole('link', { name: 'Sign up' })).not.toBeInTheDocument();
  });

  it('answers unknown paths with a 404 page that links home', async () => {
    renderApp('/no/such/page');

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to home' })).toHaveAttribute('href', '/');
    await waitFor(() => expect(document.title).toBe('Page not found · Rehearse'));
  });
});
