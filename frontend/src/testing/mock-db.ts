import type { components } from '@/api/schema';

type User = components['schemas']['UserRead'];
type TokenPair = components['schemas']['TokenPair'];

interface StoredUser extends User {
  password: string;
}

/** An in-memory stand-in for the backend's users and sessions, reset after every test. */
function createMockDb() {
  let users = new Map<string, StoredUser>();
  let accessTokens = new Map<string, string>();
  let refreshTokens = new Map<string, string>();
  let counter = 0;

  const nextId = () => {
    counter += 1;
    return counter;
  };

  return {
    reset() {
      users = new Map();
      accessTokens = new Map();
      refreshTokens = new Map();
      counter = 0;
    },
    createUser({ email, password, full_name, role = 'candidate' }: {
      email: string;
      password: string;
      full_name: string;
      role?: User['role'];
    }): User {
      const id = `00000000-0000-4000-8000-${String(nextId()).padStart(12, '0')}`;
      const user: StoredUser = { id, email, password, full_name, role, created_at: new Date().toISOString() };
      users.set(email.toLowerCase(), user);
      return toPublic(user);
    },
    findUser: (email: string) => users.get(email.toLowerCase()),
    issueTokens(email: string): TokenPair {
      const n = nextId();
      const pair = { access_token: `access-${n}`, refresh_token: `refresh-${n}`, token_type: 'bearer', expires_in: 900 };
      accessTokens.set(pair.access_token, email.toLowerCase());
      refreshTokens.set(pair.refresh_token, email.toLowerCase());
      return pair;
    },
    /** The user an access token belongs to, if it is still valid. */
    userForAccessToken(token: string | null): User | undefined {
      const email = token ? accessTokens.get(token) : undefined;
      const user = email ? users.get(email) : undefined;
      return user ? toPublic(user) : undefined;
    },
    /** Each refresh token works once (rotation). */
    consumeRefreshToken(token: string): string | undefined {
      const email = refreshTokens.get(token);
      refreshTokens.delete(token);
      return email;
    },
    revokeRefreshToken: (token: string) => refreshTokens.delete(token),
    expireAccessTokens: () => accessTokens.clear(),
    revokeAllSessions() {
      accessTokens.clear();
      refreshTokens.clear();
    },
  };
}

function toPublic({ password: _password, ...user }: StoredUser): User {
  return user;
}

export const db = createMockDb();
