import { http, HttpResponse } from 'msw';

import { errorResponse } from '@/testing/http';

import type { CoachComment } from '../api/get-comments';
import type { Retry } from '../api/get-retries';
import type { AnswerEvaluation } from '../api/get-results';
import type { ShareLink } from '../api/get-shares';
import type { SharedResults } from '../api/get-shared-results';

/** The backend's practice endpoints (retries, share links, comments, the PDF) over a small store. */
export interface PracticeStore {
  retries: Retry[];
  shares: ShareLink[];
  comments: CoachComment[];
  /** What evaluating a new retry gives: its evaluation and comparison, or null to stay pending. */
  evaluate: (retry: Retry) => Pick<Retry, 'evaluation' | 'comparison'> | null;
  /** The results a share link opens, by token; a missing token is not valid. */
  shared: Record<string, SharedResults | { status: 410; code: string; message: string }>;
}

export function practiceStore(overrides: Partial<PracticeStore> = {}): PracticeStore {
  return { retries: [], shares: [], comments: [], evaluate: () => null, shared: {}, ...overrides };
}

export function buildRetry(overrides: Partial<Retry> = {}): Retry {
  return {
    id: 'retry-1',
    question_id: 'q-1',
    attempt: 1,
    created_at: '2026-01-02T10:00:00Z',
    transcript: 'A better answer.',
    source: 'typed',
    duration_s: 30,
    evaluation_status: 'pending',
    evaluation_error: null,
    evaluation: null,
    has_media: false,
    media: null,
    comparison: null,
    ...overrides,
  };
}

export function buildComment(overrides: Partial<CoachComment> = {}): CoachComment {
  return {
    id: 'comment-1',
    author_name: 'Sam',
    text: 'Lead with the result.',
    question_id: null,
    at_s: null,
    created_at: '2026-01-03T10:00:00Z',
    share_label: 'Coach Sam',
    ...overrides,
  };
}

function settled(store: PracticeStore, retry: Retry): Retry {
  const outcome = store.evaluate(retry);
  return outcome ? { ...retry, ...outcome, evaluation_status: 'done' } : retry;
}

export function practiceHandlers(store: PracticeStore) {
  return [
    http.get('/api/interviews/:id/retries', () => {
      // Read once pending, then evaluated: as the background evaluation would settle it.
      const items = store.retries.map((retry) => ({ ...retry }));
      store.retries = store.retries.map((retry) => settled(store, retry));
      return HttpResponse.json({ items });
    }),
    http.post('/api/interviews/:id/questions/:qid/retries', async ({ request, params }) => {
      const body = (await request.json()) as { transcript: string; source: Retry['source'] };
      const attempt = store.retries.filter((retry) => retry.question_id === params.qid).length + 1;
      const retry = buildRetry({
        id: `retry-${store.retries.length + 1}`,
        question_id: String(params.qid),
        attempt,
        transcript: body.transcript,
        source: body.source,
      });
      store.retries.push(retry);
      return HttpResponse.json(retry, { status: 201 });
    }),
    http.get('/api/interviews/:id/shares', () => HttpResponse.json({ items: store.shares })),
    http.post('/api/interviews/:id/shares', async ({ request }) => {
      const body = (await request.json()) as { label: string; expires_in_days: number; include_video: boolean };
      const link: ShareLink = {
        id: `share-${store.shares.length + 1}`,
        label: body.label,
        include_video: body.include_video,
        created_at: '2026-01-02T10:00:00Z',
        expires_at: '2026-02-01T10:00:00Z',
        revoked_at: null,
        status: 'active',
        token: `token-${store.shares.length + 1}`,
      };
      store.shares = [link, ...store.shares];
      return HttpResponse.json(link, { status: 201 });
    }),
    http.delete('/api/interviews/:id/shares/:shareId', ({ params }) => {
      store.shares = store.shares.map((link) =>
        link.id === params.shareId
          ? { ...link, status: 'revoked', token: null, revoked_at: '2026-01-03T10:00:00Z' }
          : link,
      );
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('/api/interviews/:id/comments', () => HttpResponse.json({ items: store.comments })),
    http.get(
      '/api/interviews/:id/report.pdf',
      () => new HttpResponse(new Blob(['%PDF-1.4 report']), { headers: { 'Content-Type': 'application/pdf' } }),
    ),
    http.get('/api/shared/:token', ({ params }) => {
      const shared = store.shared[String(params.token)];
      if (!shared)
        return errorResponse(404, 'share_link_not_found', 'This share link is not valid. Ask for a new one.');
      if ('status' in shared) return errorResponse(shared.status, shared.code, shared.message);
      return HttpResponse.json(shared);
    }),
    http.post('/api/shared/:token/comments', async ({ request }) => {
      const body = (await request.json()) as Pick<CoachComment, 'author_name' | 'text' | 'question_id' | 'at_s'>;
      const comment = buildComment({ id: `comment-${store.comments.length + 1}`, ...body });
      store.comments.push(comment);
      return HttpResponse.json(comment, { status: 201 });
    }),
  ];
}

/** A comparison as the backend makes it for a retry of an evaluated answer. */
export function improvedComparison(before: AnswerEvaluation, after: AnswerEvaluation): Retry['comparison'] {
  const covered = new Set(before.key_points_covered.map(({ point }) => point));
  return {
    previous: 'original',
    previous_attempt: 0,
    previous_score: before.score,
    score: after.score,
    score_change: after.score !== null && before.score !== null ? after.score - before.score : null,
    newly_covered: after.key_points_covered.filter(({ point }) => !covered.has(point)),
    still_missed: after.key_points_missed,
    no_longer_covered: [],
  };
}
