/**
 * Where the session's tokens live: the access token in memory (mirrored to sessionStorage so a
 * reload of the tab keeps it), the refresh token in localStorage so a new tab stays signed in.
 */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

const ACCESS_KEY = 'rehearse.access_token';
const REFRESH_KEY = 'rehearse.refresh_token';

type Listener = () => void;

function read(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function write(storage: Storage, key: string, value: string | null) {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
  } catch {
    // Storage can be unavailable (private mode, quota); memory still works for this tab.
  }
}

export function createTokenStore() {
  let accessToken = read(sessionStorage, ACCESS_KEY);
  const listeners = new Set<Listener>();
  const notify = () => listeners.forEach((listener) => listener());

  return {
    getAccessToken: () => accessToken,
    // Read through to storage: another tab may have rotated the refresh token.
    getRefreshToken: () => read(localStorage, REFRESH_KEY),
    isAuthenticated: () => read(localStorage, REFRESH_KEY) !== null || accessToken !== null,
    set: (tokens: TokenPair) => {
      accessToken = tokens.accessToken;
      write(sessionStorage, ACCESS_KEY, tokens.accessToken);
      write(localStorage, REFRESH_KEY, tokens.refreshToken);
      notify();
    },
    clear: () => {
      accessToken = null;
      write(sessionStorage, ACCESS_KEY, null);
      write(localStorage, REFRESH_KEY, null);
      notify();
    },
    subscribe: (listener: Listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export type TokenStore = ReturnType<typeof createTokenStore>;

export const tokenStore = createTokenStore();
