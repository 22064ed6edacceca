import { delay, http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';

import { accountHandlers } from './account-handlers';
import { adminHandlers } from './admin-handlers';
import { authenticate, bearer, errorResponse } from './http';
import { interviewHandlers } from './interview-handlers';
import { jobHandlers } from './job-handlers';
import { knowledgeHandlers } from './knowledge-handlers';
import { db } from './mock-db';
import { planHandlers } from './plan-handlers';
import { practiceHandlers } from './practice-handlers';
import { resumeHandlers } from './resume-handlers';

type Schemas = components['schemas'];

/** The server's password rules (app/auth/passwords.py). */
function passwordWeakness(password: string, email: string): string | null {
  if (password.length < 8) return 'Password must be at least 8 characters long.';
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) {
    return 'Password must not be the same as your email address.';
  }
  return null;
}

/** MSW handlers that follow the backend's contract. */
export const handlers = [
  http.post('/api/auth/register', async ({ request }) => {
    const body = (await request.json()) as Schemas['UserCreate'];
    await delay(20);
    if (db.findUser(body.email)) {
      return errorResponse(409, 'email_taken', 'An account with this email is already registered.');
    }
    return HttpResponse.json(db.createUser(body), { status: 201 });
  }),

  http.post('/api/auth/login', async ({ request }) => {
    const body = (await request.json()) as Schemas['LoginRequest'];
    await delay(20);
    const user = db.findUser(body.email);
    if (!user || user.password !== body.password) {
      return errorResponse(401, 'invalid_credentials', 'Incorrect email or password.');
    }
    return HttpResponse.json(db.issueTokens(user.email));
  }),

  http.post('/api/auth/refresh', async ({ request }) => {
    const body = (await request.json()) as Schemas['RefreshRequest'];
    const email = db.consumeRefreshToken(body.refresh_token);
    if (!email) return errorResponse(401, 'invalid_token', 'The refresh token is invalid or expired.');
    return HttpResponse.json(db.issueTokens(email));
  }),

  http.post('/api/auth/logout', async ({ request }) => {
    const body = (await request.json()) as Schemas['RefreshRequest'];
    db.revokeRefreshToken(body.refresh_token);
    return new HttpResponse(null, { status: 204 });
  }),

  http.get('/api/auth/me', ({ request }) => {
    const token = bearer(request);
    if (!token) return errorResponse(401, 'not_authenticated', 'Not authenticated.');
    const user = db.userForAccessToken(token);
    if (!user) return errorResponse(401, 'invalid_token', 'The access token is invalid or expired.');
    return HttpResponse.json(user);
  }),

  http.patch('/api/auth/me', async ({ request }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const body = (await request.json()) as Schemas['UserUpdate'];
    await delay(20);
    const fullName = body.full_name?.trim();
    if (fullName === '') return errorResponse(422, 'validation_error', 'Full name must not be blank');
    const newPassword = body.new_password ?? undefined;
    if (newPassword !== undefined) {
      if (body.current_password !== db.findUser(user.email)?.password) {
        return errorResponse(422, 'wrong_current_password', 'The current password is not correct.');
      }
      const weakness = passwordWeakness(newPassword, user.email);
      if (weakness) return errorResponse(422, 'weak_password', weakness);
    }
    return HttpResponse.json(db.updateUser(user.email, { full_name: fullName, password: newPassword }));
  }),
  ...resumeHandlers,
  ...planHandlers,
  ...knowledgeHandlers,
  ...jobHandlers,
  ...interviewHandlers,
  ...adminHandlers,
  ...accountHandlers,
  ...practiceHandlers,
];
