import { HttpResponse } from 'msw';

import type { components } from '@/api/schema';

import { db } from './mock-db';

type User = components['schemas']['UserRead'];

export function errorResponse(status: number, code: string, message: string, init?: ResponseInit) {
  return HttpResponse.json({ error: { code, message, details: null } }, { status, ...init });
}

export function bearer(request: Request) {
  return request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? null;
}

/** The signed-in user, or the 401 the backend would answer. */
export function authenticate(
  request: Request,
): { user: User; response?: never } | { user?: never; response: Response } {
  const token = bearer(request);
  if (!token) return { response: errorResponse(401, 'not_authenticated', 'Not authenticated.') };
  const user = db.userForAccessToken(token);
  if (!user) return { response: errorResponse(401, 'invalid_token', 'The access token is invalid or expired.') };
  return { user };
}
