import { http, HttpResponse } from 'msw';

import { createApiClient } from '@/api/client';
import { createTokenStore } from '@/lib/token-store';
import { db } from '@/testing/mock-db';
import { recordRequests } from '@/testing/request-log';
import { server } from '@/testing/server';

function setup({ signedIn = true } = {}) {
  const tokens = createTokenStore();
  const onSessionExpired = vi.fn();
  const client = createApiClient({ baseUrl: window.location.origin, tokens, onSessionExpired });
  db.createUser({ email: 'ada@example.com', password: 'analytical-engine', full_name: 'Ada Lovelace' });
  const pair = db.issueTokens('ada@example.com');
  if (signedIn) tokens.set({ accessToken: pair.access_token, refreshToken: pair.refresh_token });
  return { client, tokens, pair, onSessionExpired };
}

describe('auth middleware', () => {
  it('sends the access token as a Bearer header', async () => {
    const { client } = setup();
    const refreshes = recordRequests('/api/auth/refresh');

    const { data } = await client.GET('/api/auth/me');

    expect(data?.full_name).toBe('Ada Lovelace');
    expect(refreshes).toEqual([]);
  });

  it('refreshes an expired access token and retries the request', async () => {
    const { client, tokens, pair, onSessionExpired } = setup();
    db.expireAccessTokens();
    const refreshes = recordRequests('/api/auth/refresh');
    const reads = recordRequests('/api/auth/me');

    const { data, error } = await client.GET('/api/auth/me');

    expect(error).toBeUndefined();
    expect(data?.email).toBe('ada@example.com');
    expect(refreshes).toHaveLength(1);
    expect(reads).toHaveLength(2);
    expect(tokens.getAccessToken()).not.toBe(pair.access_token);
    expect(tokens.getRefreshToken()).not.toBe(pair.refresh_token);
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('shares one refresh between concurrent requests', async () => {
    const { client } = setup();
    db.expireAccessTokens();
    const refreshes = recordRequests('/api/auth/refresh');

    const results = await Promise.all([1, 2, 3].map(() => client.GET('/api/auth/me')));

    // The refresh token works once: a second refresh would have been rejected.
    expect(results.map((result) => result.data?.full_name)).toEqual(['Ada Lovelace', 'Ada Lovelace', 'Ada Lovelace']);
    expect(refreshes).toHaveLength(1);
  });

  it('refreshes first when a new tab has only the refresh token', async () => {
    const { client, tokens, pair } = setup({ signedIn: false });
    localStorage.setItem('rehearse.refresh_token', pair.refresh_token);
    const reads = recordRequests('/api/auth/me');

    const { data } = await client.GET('/api/auth/me');

    expect(data?.full_name).toBe('Ada Lovelace');
    expect(reads).toHaveLength(1);
    expect(tokens.getAccessToken()).not.toBeNull();
  });

  it('ends the session when the refresh is rejected', async () => {
    const { client, tokens, onSessionExpired } = setup();
    db.revokeAllSessions();
    const reads = recordRequests('/api/auth/me');

    const { data, error, response } = await client.GET('/api/auth/me');

    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(error?.error.code).toBe('invalid_token');
    expect(reads).toHaveLength(1);
    expect(tokens.isAuthenticated()).toBe(false);
    expect(localStorage.getItem('rehearse.refresh_token')).toBeNull();
    expect(onSessionExpired).toHaveBeenCalledOnce();
  });

  it('keeps the session when the server cannot be reached to refresh', async () => {
    const { client, tokens, onSessionExpired } = setup();
    db.expireAccessTokens();
    server.use(http.post('/api/auth/refresh', () => HttpResponse.error()));

    const { response } = await client.GET('/api/auth/me');

    expect(response.status).toBe(401);
    expect(tokens.isAuthenticated()).toBe(true);
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('never retries the sign-in endpoint itself', async () => {
    const { client, onSessionExpired } = setup();
    const refreshes = recordRequests('/api/auth/refresh');

    const { error } = await client.POST('/api/auth/login', {
      body: { email: 'ada@example.com', password: 'wrong-password' },
    });

    expect(error?.error.message).toBe('Incorrect email or password.');
    expect(refreshes).toEqual([]);
    expect(onSessionExpired).not.toHaveBeenCalled();
  });
});
