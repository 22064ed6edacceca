import type { Middleware } from 'openapi-fetch';

import type { TokenPair, TokenStore } from './token-store';

/** Endpoints that authenticate by their body: no Bearer header, never retried after a refresh. */
const CREDENTIAL_PATHS = new Set(['/api/auth/login', '/api/auth/register', '/api/auth/refresh', '/api/auth/logout']);

export interface SessionRefresherOptions {
  tokens: TokenStore;
  /** Exchange a refresh token: the new pair, null when the server rejects it; throws when unreachable. */
  refresh: (refreshToken: string) => Promise<TokenPair | null>;
  /** Called once when a refresh is rejected and the tokens have been cleared. */
  onSessionExpired: () => void;
}

/** Resolves to a fresh access token, or null when the session could not be renewed. */
export type RefreshSession = () => Promise<string | null>;

/**
 * Renews the access token. Concurrent callers share one in-flight refresh, since each refresh
 * token works only once; every transport (fetch middleware, upload XHR) must use the same one.
 */
export function createSessionRefresher({ tokens, refresh, onSessionExpired }: SessionRefresherOptions): RefreshSession {
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

  return () => {
    inFlight ??= runRefresh().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}

/** The access token to send now: a new tab has only the refresh token, so refresh first. */
export async function currentAccessToken(tokens: TokenStore, refreshSession: RefreshSession): Promise<string | null> {
  return tokens.getAccessToken() ?? (tokens.getRefreshToken() ? await refreshSession() : null);
}

/** After a 401 for `sentToken`: another request may have refreshed meanwhile, else refresh now. */
export async function accessTokenAfter401(
  tokens: TokenStore,
  refreshSession: RefreshSession,
  sentToken: string | null,
): Promise<string | null> {
  const current = tokens.getAccessToken();
  return current && current !== sentToken ? current : refreshSession();
}

function bearerOf(request: Request): string | null {
  return request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? null;
}

/** Adds the Bearer header; on a 401 renews the session once and retries the request. */
export function createAuthMiddleware({
  tokens,
  refreshSession,
}: {
  tokens: TokenStore;
  refreshSession: RefreshSession;
}): Middleware {
  const retryCopies = new WeakMap<Request, Request>();

  return {
    async onRequest({ request, schemaPath }) {
      if (CREDENTIAL_PATHS.has(schemaPath)) return request;
      const accessToken = await currentAccessToken(tokens, refreshSession);
      if (accessToken) request.headers.set('Authorization', `Bearer ${accessToken}`);
      if (tokens.getRefreshToken()) retryCopies.set(request, request.clone());
      return request;
    },

    async onResponse({ request, response, options }) {
      if (response.status !== 401) return undefined;
      const retry = retryCopies.get(request);
      if (!retry) return undefined;
      retryCopies.delete(request);
      const accessToken = await accessTokenAfter401(tokens, refreshSession, bearerOf(request));
      if (!accessToken) return undefined;
      retry.headers.set('Authorization', `Bearer ${accessToken}`);
      return options.fetch(retry);
    },
  };
}
