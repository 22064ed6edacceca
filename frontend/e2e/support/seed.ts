import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { expect, type APIRequestContext } from '@playwright/test';

import { DETAILED_ANSWER } from '../interview-answer';
import { E2E_PASSWORD, uniqueEmail } from './accounts';

const RESUME_PDF = fileURLToPath(new URL('../fixtures/backend-engineer.pdf', import.meta.url));

/** A candidate made through the API, with an interview in each state (the journeys drive the UI). */
export interface SeededCandidate {
  email: string;
  resumeId: string;
  jobId: string;
  finishedId: string;
  scheduledId: string;
  startedId: string;
}

interface InterviewState {
  id: string;
  status: string;
  questions: { id: string; status: string }[];
}

async function ok<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** A finished, evaluated interview through the API, each question answered with `answer`. */
export async function finishInterview(
  api: APIRequestContext,
  headers: Record<string, string>,
  body: object,
  answer = DETAILED_ANSWER.slice(0, 4000),
) {
  const created = await ok<InterviewState>(await api.post('/api/interviews', { headers, data: body }));
  await ok(await api.post(`/api/interviews/${created.id}/start`, { headers }));
  for (let asked = 0; asked < 10; asked += 1) {
    const current = await ok<InterviewState>(await api.get(`/api/interviews/${created.id}`, { headers }));
    const next = current.questions.find((question) => question.status === 'pending' || question.status === 'asked');
    if (!next) break;
    const url = `/api/interviews/${created.id}/questions/${next.id}/answer`;
    await ok(await api.post(url, { headers, data: { transcript: answer } }));
  }
  await ok(await api.post(`/api/interviews/${created.id}/complete`, { headers }));
  await expect
    .poll(async () => (await ok<{ status: string }>(await api.get(`/api/results/${created.id}`, { headers }))).status, {
      timeout: 120_000,
    })
    .toBe('ready');
  return created.id;
}

/** Registers `fullName` through the API; returns the email and the headers that sign its calls. */
export async function signUpThroughApi(
  api: APIRequestContext,
  { prefix, fullName }: { prefix: string; fullName: string },
) {
  const email = uniqueEmail(prefix);
  await ok(await api.post('/api/auth/register', { data: { email, password: E2E_PASSWORD, full_name: fullName } }));
  const tokens = await ok<{ access_token: string }>(
    await api.post('/api/auth/login', { data: { email, password: E2E_PASSWORD } }),
  );
  return { email, headers: { Authorization: `Bearer ${tokens.access_token}` } };
}

/**
 * Registers `fullName` with a resume, picks a senior backend posting, and leaves three two-question
 * interviews for it: one finished and evaluated, one not started, one started.
 */
export async function seedCandidate(
  api: APIRequestContext,
  account: { prefix: string; fullName: string },
): Promise<SeededCandidate> {
  const { email, headers } = await signUpThroughApi(api, account);
  const resume = await ok<{ id: string }>(
    await api.post('/api/resumes', {
      headers,
      multipart: {
        file: { name: 'backend-engineer.pdf', mimeType: 'application/pdf', buffer: readFileSync(RESUME_PDF) },
      },
    }),
  );
  const jobs = await ok<{ items: { id: string; title: string }[] }>(
    await api.get('/api/jobs/search', { headers, params: { q: 'senior backend' } }),
  );
  const job = jobs.items[0];
  const body = { role: job.title, seniority: 'senior', resume_id: resume.id, job_id: job.id, question_count: 2 };
  const finishedId = await finishInterview(api, headers, body);
  const scheduled = await ok<InterviewState>(await api.post('/api/interviews', { headers, data: body }));
  const started = await ok<InterviewState>(await api.post('/api/interviews', { headers, data: body }));
  await ok(await api.post(`/api/interviews/${started.id}/start`, { headers }));
  return { email, resumeId: resume.id, jobId: job.id, finishedId, scheduledId: scheduled.id, startedId: started.id };
}
