import type { Middleware } from 'openapi-fetch';

import type { TokenPair, TokenStore } from './token-store';

/** Endpoints that authenticate by their body: no Bearer header, never retried after a refresh. */
const CREDENTIAL_PATHS = new Set([
  '/api/auth/login',
  '/api/auth/register',
  '/api/auth/refresh',
  '/api/auth/logout',
]);

export interface AuthMiddlewareOptions {
  tokens: TokenStore;
  /** Exchange a refresh token: the new pair, null when the server rejects it; throws when unreachable. */
  refresh: (refreshToken: string) => Promise<TokenPair | null>;
  /** Called once when a refresh is rejected and the tokens have been cleared. */
  onSessionExpired: () => void;
}

function bearerOf(request: Request): string | null {
  return request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? null;
}

/**
 * Adds the Bearer header; on a 401 refreshes the tokens once and retries the request.
 * Concurrent 401s share one in-flight refresh, since each refresh token works only once.
 */
export function createAuthMiddleware({ tokens, refresh, onSessionExpired }: AuthMiddlewareOptions): Middleware {
  const retryCopies = new WeakMap<Request, Request>();
  let inFlight: Promise<string | null> | null = null;

  async function runRefresh(): Promise<string | null> {
    const refreshToken = tokens.getRefreshToken();
    if (!refreshToken) {
      if (tokens.getAccessToken()) {
        tokens.clear();
        onSessionExpired();
      }
      return null;
    }
    let pair: TokenPair | null;
    try {
      pair = await refresh(refreshToken);
    } catch {
      return null; // Server unreachable: keep the session, the request fails as a network error would.
    }
    if (!pair) {
      tokens.clear();
      onSessionExpired();
      return null;
    }
    tokens.set(pair);
    return pair.accessToken;
  }

  function refreshOnce(): Promise<string | null> {
    inFlight ??= runRefresh().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  return {
    async onRequest({ request, schemaPath }) {
      if (CREDENTIAL_PATHS.has(schemaPath)) return request;
      // A new tab has only the refresh token: refresh first rather than collect a certain 401.
      const accessToken = tokens.getAccessToken() ?? (tokens.getRefreshToken() ? await refreshOnce() : null);
      if (accessToken) request.headers.set('Authorization', `Bearer ${accessToken}`);
      if (tokens.getRefreshToken()) retryCopies.set(request, request.clone());
      return request;
    },

    async onResponse({ request, response, options }) {
      if (response.status !== 401) return undefined;
      const retry = retryCopies.get(request);
      if (!retry) return undefined;
      retryCopies.delete(request);
      // Another request may have refreshed while this one was on the wire.
      const current = tokens.getAccessToken();
      const accessToken = current && current !== bearerOf(request) ? current : await refreshOnce();
      if (!accessToken) return undefined;
      retry.headers.set('Authorization', `Bearer ${accessToken}`);
      return options.fetch(retry);
    },
  };
}
