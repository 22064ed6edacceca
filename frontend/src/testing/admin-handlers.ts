import { delay, http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';
import { plural } from '@/lib/plural';

import { nextUuid } from './factories';
import { authenticate, errorResponse } from './http';
import { buildBankQuestion, buildTemplate, type BankQuestion } from './interview-factories';
import { interviewDb, toSummary } from './interview-db';
import { overallScore } from './interview-handlers';
import { db } from './mock-db';

type Schemas = components['schemas'];
type RowError = { row: number; field: string | null; message: string };

function requireAdmin(request: Request) {
  const { user, response } = authenticate(request);
  if (response) return { response };
  if (user.role !== 'admin') return { response: errorResponse(403, 'permission_denied', 'Only admins can do that.') };
  return { user };
}

/**
 * The server's rules for a question (app/questions/schemas.py), as per-field messages: the
 * validator's words for the API, plain ones for an import (app/questions/import_messages.py).
 */
function questionProblems(body: Partial<Schemas['QuestionCreate']>, forImport = false): RowError[] {
  const problems: RowError[] = [];
  const add = (field: string, api: string, plain: string) =>
    problems.push({ row: 0, field, message: forImport ? plain : api });
  if (body.text === undefined) add('text', 'Field required', 'Add the question text.');
  else if (typeof body.text !== 'string' || body.text.trim().length < 10)
    add('text', 'String should have at least 10 characters', 'Write at least 10 characters.');
  if (!['behavioral', 'technical', 'situational'].includes(String(body.category))) {
    add(
      'category',
      "Input should be 'behavioral', 'technical' or 'situational'",
      'Use behavioral, technical or situational.',
    );
  }
  if (!Array.isArray(body.key_points) || body.key_points.length === 0) {
    add('key_points', 'List should have at least 1 item after validation, not 0', 'Give at least 1 key point.');
  } else if (body.key_points.some((point) => !String(point).trim())) {
    add('key_points', 'Value error, Key points must not be blank', 'Key points must not be blank.');
  }
  return problems;
}

function slugify(text: string) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

function toQuestion(body: Schemas['QuestionCreate']): BankQuestion {
  return buildBankQuestion({
    id: nextUuid('b'),
    slug: body.slug ?? slugify(body.text),
    text: body.text.trim(),
    category: body.category,
    skills: body.skills ?? [],
    role_families: body.role_families ?? [],
    competency: body.competency ?? null,
    difficulty: body.difficulty ?? 2,
    key_points: body.key_points,
    model_answer: body.model_answer ?? '',
    follow_ups: body.follow_ups ?? [],
    created_at: new Date().toISOString(),
    updated_at: new Date().toISOString(),
  });
}

function matches(question: BankQuestion, url: URL) {
  const q = url.searchParams.get('q')?.toLowerCase() ?? '';
  const category = url.searchParams.get('category');
  const skill = url.searchParams.get('skill')?.toLowerCase();
  const difficulty = url.searchParams.get('difficulty');
  const archived = url.searchParams.get('include_archived') === 'true';
  return (
    q
      .split(/\s+/)
      .filter(Boolean)
      .every((word) => question.text.toLowerCase().includes(word)) &&
    (!category || question.category === category) &&
    (!skill || (question.skills ?? []).some((item) => item.toLowerCase() === skill)) &&
    (!difficulty || String(question.difficulty) === difficulty) &&
    (archived || !question.archived)
  );
}

function paginate<T>(items: T[], url: URL) {
  const page = Number(url.searchParams.get('page') ?? 1);
  const pageSize = Number(url.searchParams.get('page_size') ?? 20);
  return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, page_size: pageSize };
}

/** MSW handlers that follow the backend's admin contract: question bank, templates, all interviews. */
export const adminHandlers = [
  http.get('/api/questions/export', ({ request }) => {
    const { response } = requireAdmin(request);
    if (response) return response;
    const format = new URL(request.url).searchParams.get('format') ?? 'json';
    const active = interviewDb.listBank().filter((question) => !question.archived);
    if (format === 'csv') {
      const rows = active.map((question) => `${question.slug},"${question.text}",${question.category}`);
      return new HttpResponse(['slug,text,category', ...rows].join('\n'), { headers: { 'Content-Type': 'text/csv' } });
    }
    return HttpResponse.json(active);
  }),

  http.post('/api/questions/import', async ({ request }) => {
    const { response } = requireAdmin(request);
    if (response) return response;
    const file = (await request.formData()).get('file');
    if (file === null || typeof file === 'string')
      return errorResponse(422, 'validation_error', 'Attach the file as "file".');
    let rows: unknown;
    try {
      rows = JSON.parse(await file.text());
    } catch {
      return errorResponse(422, 'import_unreadable', 'The JSON is malformed.');
    }
    if (!Array.isArray(rows))
      return errorResponse(422, 'import_unreadable', 'A JSON import must be a list of questions: [{...}, {...}].');
    const list = rows as Partial<Schemas['QuestionCreate']>[];
    const problems = list.flatMap((row, index) =>
      questionProblems(row, true).map((problem) => ({ ...problem, row: index + 1 })),
    );
    if (problems.length > 0) {
      return HttpResponse.json(
        {
          error: {
            code: 'import_invalid',
            message: `${plural(problems.length, 'problem')} found; nothing was imported.`,
            details: problems,
          },
        },
        { status: 422 },
      );
    }
    let created = 0;
    let updated = 0;
    for (const row of list as Schemas['QuestionCreate'][]) {
      const existing = row.slug ? interviewDb.findBankQuestionBySlug(row.slug) : undefined;
      if (existing) {
        Object.assign(existing, row);
        updated += 1;
      } else {
        interviewDb.addBankQuestions(toQuestion(row));
        created += 1;
      }
    }
    return HttpResponse.json({ created, updated } satisfies Schemas['ImportResult']);
  }),

  http.get('/api/questions', ({ request }) => {
    const { response } = requireAdmin(request);
    if (response) return response;
    const url = new URL(request.url);
    return HttpResponse.json(
      paginate(
        interviewDb.listBank().filter((question) => matches(question, url)),
        url,
      ),
    );
  }),

  http.post('/api/questions', async ({ request }) => {
    const { response } = requireAdmin(request);
    if (response) return response;
    const body = (await request.json()) as Schemas['QuestionCreate'];
    const problems = questionProblems(body);
    if (problems.length > 0)
      return errorResponse(422, 'validation_error', `${problems[0]!.field}: ${problems[0]!.message}`);
    const question = toQuestion(body);
    if (interviewDb.findBankQuestionBySlug(question.slug))
      return errorResponse(409, 'slug_taken', `A question with the slug "${question.slug}" already exists.`);
    await delay(20);
    interviewDb.addBankQuestions(question);
    return HttpResponse.json(question, { status: 201 });
  }),

  http.patch('/api/questions/:id', async ({ request, params }) => {
    const { response } = requireAdmin(request);
    if (response) return response;
    const question = interviewDb.findBankQuestion(String(params.id));
    if (!question) return errorResponse(404, 'question_not_found', 'Question not found.');
    const changes = (await request.json()) as Schemas['QuestionUpdate'];
    Object.assign(question, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)), {
      updated_at: new Date().toISOString(),
    });
    return HttpResponse.json(question);
  }),

  http.delete('/api/questions/:id', ({ request, params }) => {
    const { response } = requireAdmin(request);
    if (response) return response;
    const question = interviewDb.findBankQuestion(String(params.id));
    if (!question) return errorResponse(404, 'question_not_found', 'Question not found.');
    if (interviewDb.isUsed(question.slug)) {
      question.archived = true;
      return HttpResponse.json({ result: 'archived' });
    }
    interviewDb.deleteBankQuestion(question.id);
    return HttpResponse.json({ result: 'deleted' });
  }),

  http.post('/api/templates', async ({ request }) => {
    const { response } = requireAdmin(request);
    if (response) return response;
    const body = (await request.json()) as Schemas['TemplateCreate'];
    const template = buildTemplate({ ...body, id: nextUuid('t') });
    interviewDb.addTemplates(template);
    return HttpResponse.json(template, { status: 201 });
  }),

  http.patch('/api/templates/:id', async ({ request, params }) => {
    const { response } = requireAdmin(request);
    if (response) return response;
    const template = interviewDb.findTemplate(String(params.id));
    if (!template) return errorResponse(404, 'template_not_found', 'Template not found.');
    Object.assign(template, (await request.json()) as Schemas['TemplateUpdate']);
    return HttpResponse.json(template);
  }),

  http.delete('/api/templates/:id', ({ request, params }) => {
    const { response } = requireAdmin(request);
    if (response) return response;
    if (!interviewDb.findTemplate(String(params.id)))
      return errorResponse(404, 'template_not_found', 'Template not found.');
    interviewDb.deleteTemplate(String(params.id));
    return new HttpResponse(null, { status: 204 });
  }),

  http.get('/api/admin/interviews', ({ request }) => {
    const { response } = requireAdmin(request);
    if (response) return response;
    const url = new URL(request.url);
    const candidate = url.searchParams.get('candidate')?.toLowerCase() ?? '';
    const status = url.searchParams.get('status');
    const minScore = url.searchParams.get('min_score');
    const maxScore = url.searchParams.get('max_score');
    const items = interviewDb
      .listInterviews()
      .map((interview) => {
        const owner = db.findUser(interview.owner);
        return {
          ...toSummary(interview),
          overall: overallScore(interview),
          candidate_id: owner?.id ?? '',
          candidate_email: owner?.email ?? interview.owner,
          candidate_name: owner?.full_name ?? '',
        } satisfies Schemas['AdminInterviewItem'];
      })
      .filter(
        (item) =>
          !candidate ||
          item.candidate_email.toLowerCase().includes(candidate) ||
          item.candidate_name.toLowerCase().includes(candidate),
      )
      .filter((item) => !status || item.status === status)
      .filter((item) => minScore === null || (item.overall !== null && item.overall >= Number(minScore)))
      .filter((item) => maxScore === null || (item.overall !== null && item.overall <= Number(maxScore)));
    return HttpResponse.json(paginate(items, url));
  }),
];
