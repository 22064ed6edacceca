import { tokenStore } from '@/lib/token-store';

import { db } from './mock-db';

export const testAdmin = { email: 'grace@example.com', password: 'compiler-pioneer', full_name: 'Grace Hopper' };

/** An admin account with a session in this browser. */
export function signInAsAdmin() {
  const user = db.createUser({ ...testAdmin, role: 'admin' });
  const tokens = db.issueTokens(testAdmin.email);
  tokenStore.set({ accessToken: tokens.access_token, refreshToken: tokens.refresh_token });
  return { user, account: testAdmin };
}
