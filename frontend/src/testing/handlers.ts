import { delay, http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';

import { bearer, errorResponse } from './http';
import { jobHandlers } from './job-handlers';
import { db } from './mock-db';
import { resumeHandlers } from './resume-handlers';

type Schemas = components['schemas'];

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
  ...resumeHandlers,
  ...jobHandlers,
];
