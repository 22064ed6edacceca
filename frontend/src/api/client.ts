import createClient from 'openapi-fetch';
import { toast } from 'sonner';

import { env } from '@/config/env';
import { toApiError } from '@/lib/api-error';
import { createAuthMiddleware, createSessionRefresher } from '@/lib/auth-middleware';
import { tokenStore, type TokenPair, type TokenStore } from '@/lib/token-store';
import { createXhrUploader } from '@/lib/xhr-upload';

import type { paths } from './schema';

export const SESSION_EXPIRED_MESSAGE = 'Your session has expired. Please sign in again.';

// Resolved at call time so test doubles that patch globalThis.fetch (MSW) are seen.
const fetchAtCallTime: typeof fetch = (input, init) => globalThis.fetch(input, init);

function defaultBaseUrl() {
  return env.API_URL || window.location.origin;
}

/** POST /api/auth/refresh without the auth middleware (it would recurse). */
function createRefresher(baseUrl: string) {
  const bare = createClient<paths>({ baseUrl, fetch: fetchAtCallTime });
  return async (refreshToken: string): Promise<TokenPair | null> => {
    const { data, response } = await bare.POST('/api/auth/refresh', {
      body: { refresh_token: refreshToken },
    });
    if (!data) {
      if (response.status >= 500) throw new Error(`Refresh failed with ${response.status}`);
      return null;
    }
    return { accessToken: data.access_token, refreshToken: data.refresh_token };
  };
}

export function createApiClient({
  baseUrl = defaultBaseUrl(),
  tokens = tokenStore,
  onSessionExpired = () => toast.error(SESSION_EXPIRED_MESSAGE, { id: 'session-expired' }),
}: { baseUrl?: string; tokens?: TokenStore; onSessionExpired?: () => void } = {}) {
  const refreshSession = createSessionRefresher({ tokens, refresh: createRefresher(baseUrl), onSessionExpired });
  const client = createClient<paths>({ baseUrl, fetch: fetchAtCallTime });
  client.use(createAuthMiddleware({ tokens, refreshSession }));
  // Uploads that report progress go through XHR; they share the session refresh with fetch.
  return Object.assign(client, { upload: createXhrUploader({ baseUrl, tokens, refreshSession }) });
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The app's client. Redirecting after an expired session is up to the protected routes. */
export const api = createApiClient();

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Resolve to the response data, or throw an ApiError carrying the server's message. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(error, response);
  return data as T;
}
