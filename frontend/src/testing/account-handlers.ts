import { delay, http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';

import { authenticate, errorResponse } from './http';
import { db } from './mock-db';

type Schemas = components['schemas'];

/** The mails the mock backend "sent": what a test reads instead of an inbox. */
export const sentMails: { to: string; link: string }[] = [];

const ASKED =
  'If an account uses this email, a link to choose a new password is on its way. It works once, for 60 minutes.';
const DEAD_LINK =
  'This password reset link is not valid any more: it was used already or has expired. Ask for a new one.';

function mailLink(email: string) {
  const link = `http://localhost:3000/reset-password#token=${db.issueResetToken(email)}`;
  sentMails.push({ to: email, link });
  return link;
}

/** Password resets, account deletion and export, and the admin's account list (app/accounts, app/auth). */
export const accountHandlers = [
  http.post('/api/auth/password-reset', async ({ request }) => {
    const body = (await request.json()) as Schemas['PasswordResetAsk'];
    await delay(20);
    if (db.findUser(body.email)) mailLink(body.email);
    return HttpResponse.json({ message: ASKED }, { status: 202 });
  }),

  http.post('/api/auth/password-reset/confirm', async ({ request }) => {
    const body = (await request.json()) as Schemas['PasswordResetConfirm'];
    await delay(20);
    if (body.new_password.length < 8) {
      return errorResponse(422, 'weak_password', 'Password must be at least 8 characters long.');
    }
    const email = db.consumeResetToken(body.token);
    if (!email || !db.findUser(email)) return errorResponse(422, 'invalid_reset_token', DEAD_LINK);
    db.updateUser(email, { password: body.new_password });
    return new HttpResponse(null, { status: 204 });
  }),

  http.delete('/api/users/me', async ({ request }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const body = (await request.json()) as Schemas['AccountDelete'];
    await delay(20);
    if (body.password !== db.findUser(user.email)?.password) {
      return errorResponse(422, 'wrong_password', 'The password is not correct.');
    }
    db.deleteUser(user.email);
    return new HttpResponse(null, { status: 204 });
  }),

  http.get('/api/users/me/export', async ({ request }) => {
    const { response } = authenticate(request);
    if (response) return response;
    await delay(20);
    return new HttpResponse(new Blob(['PK-zip']), { headers: { 'Content-Type': 'application/zip' } });
  }),

  http.get('/api/users', ({ request }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    if (user.role !== 'admin')
      return errorResponse(403, 'permission_denied', 'This action is for administrators only.');
    const q = new URL(request.url).searchParams.get('q')?.toLowerCase() ?? '';
    const items = db.listUsers().filter((account) => `${account.email} ${account.full_name}`.toLowerCase().includes(q));
    return HttpResponse.json({ items, total: items.length, page: 1, page_size: 20 });
  }),

  http.post('/api/users/:userId/password-reset', async ({ request, params }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    if (user.role !== 'admin')
      return errorResponse(403, 'permission_denied', 'This action is for administrators only.');
    const account = db.listUsers().find((candidate) => candidate.id === params.userId);
    if (!account) return errorResponse(404, 'user_not_found', 'No such account.');
    await delay(20);
    const expires = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    return HttpResponse.json(
      { link: mailLink(account.email), expires_at: expires, emailed_to: account.email },
      { status: 201 },
    );
  }),
];
