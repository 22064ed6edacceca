import { http, HttpResponse } from 'msw';

import { authenticate } from './http';

/**
 * The practice endpoints of a finished interview with nothing in them yet: no retries, no share
 * links, no coaches' comments. Tests of those features replace them (results/testing/practice-fixtures).
 */
export const practiceHandlers = [
  http.get(
    '/api/interviews/:id/retries',
    ({ request }) => authenticate(request).response ?? HttpResponse.json({ items: [] }),
  ),
  http.get(
    '/api/interviews/:id/shares',
    ({ request }) => authenticate(request).response ?? HttpResponse.json({ items: [] }),
  ),
  // No evaluated interview yet: nothing recurs, nothing to suggest (features/practice tests replace it).
  http.get(
    '/api/dashboard/weaknesses',
    ({ request }) =>
      authenticate(request).response ??
      HttpResponse.json({ interviews_considered: 0, recurring: [], suggestion: null }),
  ),
  http.get(
    '/api/interviews/:id/comments',
    ({ request }) => authenticate(request).response ?? HttpResponse.json({ items: [] }),
  ),
];
