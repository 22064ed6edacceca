import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';

import { buildParsedJob, computeMatch, nextUuid, type Job, type ParsedJob } from './factories';
import { authenticate, errorResponse } from './http';
import { db } from './mock-db';

type Schemas = components['schemas'];

function matchesQuery(job: Job, query: string) {
  const haystack = [job.title, job.company, job.description, ...(job.parsed.required_skills ?? [])]
    .join(' ')
    .toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

function hasSkills(job: Job, skills: string[]) {
  const offered = new Set(
    [...(job.parsed.required_skills ?? []), ...(job.parsed.nice_to_have_skills ?? [])].map((s) => s.toLowerCase()),
  );
  return skills.every((skill) => offered.has(skill.toLowerCase()));
}

/** A naive parse: "Requirements:" bullet lines become required skills; a short first line without a full stop is the title. */
function parseText(text: string, title?: string | null): ParsedJob {
  const skills = [...text.matchAll(/^\s*-\s*(.+)$/gm)].map((match) => match[1]?.trim() ?? '').filter(Boolean);
  const years = /(\d+)\+?\s*years/i.exec(text);
  const firstLine = text.trim().split('\n')[0]?.trim() ?? '';
  const foundTitle = firstLine.split(' ').length <= 8 && !/[.:!?]$/.test(firstLine) ? firstLine : null;
  return buildParsedJob({
    title: title ?? foundTitle,
    occupation: null,
    alternative_skills: [],
    seniority: /senior/i.test(text) ? 'senior' : null,
    required_skills: skills,
    nice_to_have_skills: [],
    years_required: years ? Number(years[1]) : null,
    responsibilities: [],
  });
}

/** MSW handlers that follow the backend's job catalog, job description and matching contract. */
export const jobHandlers = [
  http.get('/api/jobs/search', ({ request }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const url = new URL(request.url);
    const q = url.searchParams.get('q') ?? '';
    const location = url.searchParams.get('location')?.toLowerCase() ?? '';
    const jobType = url.searchParams.get('job_type');
    const skills =
      url.searchParams
        .get('skills')
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean) ?? [];
    const salaryMin = Number(url.searchParams.get('salary_min') ?? 0);
    const page = Number(url.searchParams.get('page') ?? 1);
    const pageSize = Number(url.searchParams.get('page_size') ?? 20);
    const found = db
      .listJobs()
      .filter((job) => !q || matchesQuery(job, q))
      .filter((job) => !location || job.location.toLowerCase().includes(location))
      .filter((job) => !jobType || job.job_type === jobType)
      .filter((job) => hasSkills(job, skills))
      .filter((job) => !salaryMin || (job.salary_max ?? job.salary_min ?? 0) >= salaryMin);
    // The server's orders: by fit for one of my resumes, newest first, or as listed (relevance).
    const sort = url.searchParams.get('sort') ?? (url.searchParams.get('resume_id') ? 'match' : 'relevance');
    const resumeId = url.searchParams.get('resume_id');
    if (sort === 'match') {
      const resume = resumeId ? db.findResume(user.email, resumeId) : undefined;
      if (!resume)
        return errorResponse(
          resumeId ? 404 : 422,
          resumeId ? 'resume_not_found' : 'validation_error',
          'Resume not found.',
        );
      const score = (job: Job) => computeMatch(resume.parsed, job.parsed).score;
      found.sort((a, b) => score(b) - score(a));
    } else if (sort === 'newest') {
      found.sort((a, b) => b.posted_at.localeCompare(a.posted_at));
    }
    const items = found.slice((page - 1) * pageSize, page * pageSize).map((job) => ({ ...job, relevance: 1 }));
    return HttpResponse.json({ items, total: found.length, page, page_size: pageSize });
  }),

  http.get('/api/jobs/:id', ({ request, params }) => {
    const { response } = authenticate(request);
    if (response) return response;
    const job = db.findJob(String(params.id));
    if (!job) return errorResponse(404, 'job_not_found', 'Job not found.');
    return HttpResponse.json(job);
  }),

  http.post('/api/match', async ({ request }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const body = (await request.json()) as Schemas['MatchRequest'];
    const resume = db.findResume(user.email, body.resume_id);
    if (!resume) return errorResponse(404, 'resume_not_found', 'Resume not found.');
    let parsedJob: ParsedJob | undefined;
    if (body.job_id) parsedJob = db.findJob(body.job_id)?.parsed;
    else if (body.job_description_id) parsedJob = db.findJobDescription(user.email, body.job_description_id)?.parsed;
    else if (body.jd_text) parsedJob = parseText(body.jd_text);
    if (!parsedJob) return errorResponse(404, 'job_not_found', 'Job not found.');
    return HttpResponse.json(computeMatch(resume.parsed, parsedJob));
  }),

  http.post('/api/job-descriptions/preview', async ({ request }) => {
    const { response } = authenticate(request);
    if (response) return response;
    const body = (await request.json()) as Schemas['JobDescriptionCreate'];
    return HttpResponse.json(parseText(body.text, body.title));
  }),

  http.post('/api/job-descriptions', async ({ request }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const body = (await request.json()) as Schemas['JobDescriptionCreate'];
    const parsed = parseText(body.text, body.title);
    const saved = db.addJobDescription(user.email, {
      id: nextUuid('d'),
      title: body.title || parsed.title || null,
      text: body.text,
      parsed,
      created_at: new Date().toISOString(),
    });
    return HttpResponse.json(saved, { status: 201 });
  }),

  http.get('/api/job-descriptions', ({ request }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    return HttpResponse.json({ items: db.listJobDescriptions(user.email) });
  }),

  http.patch('/api/job-descriptions/:id', async ({ request, params }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const id = String(params.id);
    const found = db.findJobDescription(user.email, id);
    if (!found) return errorResponse(404, 'job_description_not_found', 'Job description not found.');
    const body = (await request.json()) as Schemas['JobDescriptionUpdate'];
    if (body.title === undefined) return HttpResponse.json(found);
    const title = body.title.trim();
    if (!title) return errorResponse(422, 'validation_error', 'String should have at least 1 character');
    return HttpResponse.json(db.updateJobDescription(user.email, id, { title, parsed: parseText(found.text, title) }));
  }),

  http.delete('/api/job-descriptions/:id', ({ request, params }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    if (!db.findJobDescription(user.email, String(params.id))) {
      return errorResponse(404, 'job_description_not_found', 'Job description not found.');
    }
    db.deleteJobDescription(user.email, String(params.id));
    return new HttpResponse(null, { status: 204 });
  }),
];
