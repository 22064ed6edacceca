import { delay, http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';

import { buildParsedResume, buildResume, nextUuid } from './factories';
import { authenticate, errorResponse } from './http';
import { db } from './mock-db';

type ResumeUpdate = components['schemas']['ResumeUpdate'];

const ALIASES: Record<string, string> = { k8s: 'Kubernetes', js: 'JavaScript', postgres: 'PostgreSQL' };

const FORMATS: Record<string, string> = { pdf: 'pdf', docx: 'docx', txt: 'txt' };

function skillsFrom(text: string): string[] | undefined {
  const line = text.split('\n').find((row) => /^skills:/i.test(row.trim()));
  return line
    ?.replace(/^\s*skills:/i, '')
    .split(',')
    .map((skill) => skill.trim())
    .filter(Boolean);
}

/** MSW handlers that follow the backend's resume contract. */
export const resumeHandlers = [
  http.post('/api/resumes', async ({ request }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    // Not `instanceof File`: the request's File comes from Node, the test globals from jsdom.
    const file = (await request.formData()).get('file');
    if (file === null || typeof file === 'string') {
      return errorResponse(422, 'validation_error', 'Attach the resume as "file".');
    }
    const { name } = file;
    const text = await file.text();
    if (text.startsWith('\u0089PNG') || name.endsWith('.png')) {
      return errorResponse(415, 'unsupported_file_type', 'This file is not a PDF, DOCX or text document.');
    }
    if (text.trim() === '') return errorResponse(422, 'empty_document', 'The document is empty.');
    const extension = name.split('.').pop()?.toLowerCase() ?? '';
    const resume = buildResume({
      id: nextUuid('r'),
      filename: name,
      file_format: FORMATS[extension] ?? 'txt',
      size_bytes: file.size,
      page_count: 1,
      parsed: buildParsedResume({ skillNames: skillsFrom(text) }),
    });
    await delay(20);
    return HttpResponse.json(db.addResume(user.email, resume), { status: 201 });
  }),

  http.get('/api/resumes', ({ request }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    return HttpResponse.json({ items: db.listResumes(user.email).map(({ parsed: _parsed, ...summary }) => summary) });
  }),

  http.get('/api/resumes/:id', ({ request, params }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const resume = db.findResume(user.email, String(params.id));
    if (!resume) return errorResponse(404, 'resume_not_found', 'Resume not found.');
    return HttpResponse.json(resume);
  }),

  http.patch('/api/resumes/:id', async ({ request, params }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const resume = db.findResume(user.email, String(params.id));
    if (!resume) return errorResponse(404, 'resume_not_found', 'Resume not found.');
    const { skills, ...changes } = (await request.json()) as ResumeUpdate;
    Object.assign(
      resume.parsed,
      Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
    );
    if (skills) {
      resume.parsed.skills = skills.map((name) => ({
        name: ALIASES[name.toLowerCase()] ?? name,
        category: 'software',
      }));
    }
    resume.updated_at = new Date().toISOString();
    return HttpResponse.json(resume);
  }),

  http.delete('/api/resumes/:id', ({ request, params }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    if (!db.findResume(user.email, String(params.id)))
      return errorResponse(404, 'resume_not_found', 'Resume not found.');
    db.deleteResume(user.email, String(params.id));
    return new HttpResponse(null, { status: 204 });
  }),

  http.post('/api/resumes/:id/default', ({ request, params }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const resume = db.findResume(user.email, String(params.id));
    if (!resume) return errorResponse(404, 'resume_not_found', 'Resume not found.');
    db.setDefaultResume(user.email, resume.id);
    return HttpResponse.json(resume);
  }),

  http.get('/api/resumes/:id/file', ({ request, params }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const resume = db.findResume(user.email, String(params.id));
    if (!resume) return errorResponse(404, 'resume_not_found', 'Resume not found.');
    return new HttpResponse('%PDF-1.7 resume', { headers: { 'Content-Type': 'application/pdf' } });
  }),
];
