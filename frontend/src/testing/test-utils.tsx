import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { createAppRoutes } from '@/app/app-routes';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';
import { tokenStore } from '@/lib/token-store';

import { db } from './mock-db';

export const testUser = { email: 'ada@example.com', password: 'analytical-engine', full_name: 'Ada Lovelace' };

/** Renders the whole app (routes, providers, toasts) at `path`, as a visitor would see it. */
export function renderApp(path = '/') {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  const router = createMemoryRouter(createAppRoutes(), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, user, router };
}

/** An account that exists on the mock backend. */
export function createTestUser(overrides: Partial<typeof testUser> = {}) {
  const account = { ...testUser, ...overrides };
  return { ...db.createUser(account), password: account.password };
}

/** An account with a session in this browser, as after signing in. */
export function signIn(overrides: Partial<typeof testUser> = {}) {
  const account = createTestUser(overrides);
  const tokens = db.issueTokens(account.email);
  tokenStore.set({ accessToken: tokens.access_token, refreshToken: tokens.refresh_token });
  return { account, tokens };
}
