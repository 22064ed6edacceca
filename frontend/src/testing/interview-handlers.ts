import { delay, http, HttpResponse, ws } from 'msw';

import type { components } from '@/api/schema';

import { authenticate, errorResponse } from './http';
import { buildQuestions, type Category, type InterviewQuestion } from './interview-factories';
import { buildInterview } from './interview-factories';
import { interviewDb, toInterviewRead, toSummary, type StoredInterview } from './interview-db';
import { db } from './mock-db';

type Schemas = components['schemas'];
type User = Schemas['UserRead'];

const KEY_POINTS = ['Gives a concrete example', 'States the measurable result'];

function conflict(interview: StoredInterview, action: string) {
  return HttpResponse.json(
    {
      error: {
        code: 'interview_state_conflict',
        message: `You cannot ${action} an interview that is ${interview.status.replace('_', ' ')}.`,
        details: { status: interview.status },
      },
    },
    { status: 409 },
  );
}

function notFound() {
  return errorResponse(404, 'interview_not_found', 'Interview not found.');
}

function owned(user: User, id: string): StoredInterview | undefined {
  const interview = interviewDb.findInterview(id);
  return interview && interview.owner === user.email.toLowerCase() ? interview : undefined;
}

function average(values: number[]): number | null {
  return values.length === 0 ? null : Math.round(values.reduce((sum, value) => sum + value, 0) / values.length);
}

function evaluated(interview: StoredInterview) {
  return interview.questions.flatMap((question) => {
    const evaluation = interviewDb.evaluationFor(question);
    return evaluation ? [{ question, evaluation }] : [];
  });
}

/** Evaluations that scored their answer: abstained ones ("not enough to score") stay out of every average. */
function scoredAnswers(interview: StoredInterview) {
  return evaluated(interview).flatMap(({ question, evaluation }) =>
    evaluation.scored && evaluation.score !== null ? [{ question, evaluation, score: evaluation.score }] : [],
  );
}

export function overallScore(interview: StoredInterview): number | null {
  return interview.status === 'completed' ? average(scoredAnswers(interview).map(({ score }) => score)) : null;
}

/** The backend's results/scoring.py `_not_scored_reason`, when no answer could be scored. */
function notScoredReason(interview: StoredInterview): string | null {
  if (scoredAnswers(interview).length > 0) return null;
  if (interview.questions.some((question) => interviewDb.isPending(question)))
    return 'Your answers are still being evaluated.';
  if (evaluated(interview).some(({ evaluation }) => !evaluation.scored)) {
    return 'Not enough to score: the answers were too short or unclear to judge.';
  }
  return 'Not enough to score: no question was answered.';
}

function plannedQuestions(
  body: Schemas['InterviewCreate'],
  count: number,
  mix?: Schemas['CategoryMix'],
): InterviewQuestion[] {
  const custom = (body.custom_questions ?? []).map((question, index) => ({
    ...buildQuestions(1)[0]!,
    text: question.text,
    category: question.category ?? 'technical',
    source: 'custom',
    reason: 'Your own question',
    position: index,
  }));
  const generated = buildQuestions(Math.max(0, count - custom.length), body.role);
  if (mix) {
    const categories = (['behavioral', 'technical', 'situational'] as const).flatMap((category) =>
      Array<Category>(mix[category] ?? 0).fill(category),
    );
    generated.forEach((question, index) => (question.category = categories[index] ?? question.category));
  }
  return [...custom, ...generated].map((question, index) => ({ ...question, position: index }));
}

function jobTitle(user: User, body: Schemas['InterviewCreate']): string | null | Response {
  if (body.job_id) {
    const job = db.findJob(body.job_id);
    // As the server names it (app/interviews/creation.py).
    return job ? `${job.title} at ${job.company}` : errorResponse(404, 'job_not_found', 'Job not found.');
  }
  if (body.job_description_id) {
    const description = db.findJobDescription(user.email, body.job_description_id);
    if (!description) return errorResponse(404, 'job_description_not_found', 'Job description not found.');
    return description.title ?? description.parsed.title ?? null;
  }
  return null;
}

function evaluationStatus(question: InterviewQuestion): NonNullable<Schemas['QuestionResult']['evaluation_status']> {
  if (interviewDb.isPending(question)) return 'pending';
  return interviewDb.evaluationError(question) ? 'failed' : 'done';
}

function results(interview: StoredInterview) {
  const questions: Schemas['QuestionResult'][] = interview.questions.map((question) => ({
    question_id: question.id,
    position: question.position,
    text: question.text,
    category: question.category,
    skills: question.skills,
    reason: question.reason,
    status: question.status,
    key_points: KEY_POINTS,
    model_answer: 'Situation, task, action, result: with a number at the end.',
    transcript: question.answer?.transcript ?? null,
    duration_s: question.answer?.duration_s ?? null,
    over_time: question.answer?.over_time ?? false,
    recording_id: null,
    evaluation_status: question.answer ? evaluationStatus(question) : null,
    evaluation_error: interviewDb.evaluationError(question),
    evaluation: interviewDb.evaluationFor(question),
  }));
  const scored = scoredAnswers(interview);
  const pending = interview.questions.some((question) => interviewDb.isPending(question));
  return {
    interview: toSummary(interview),
    candidate_name: db.findUser(interview.owner)?.full_name ?? 'Candidate',
    status: pending ? 'pending' : 'ready',
    scores: {
      technical: average(scored.filter(({ question }) => question.category === 'technical').map(({ score }) => score)),
      communication: average(scored.map(({ evaluation }) => evaluation.communication)),
      job_match: interview.match?.score ?? null,
      overall: average(scored.map(({ score }) => score)),
      not_scored_reason: notScoredReason(interview),
    },
    strengths: scored.length > 0 ? ['You gave concrete examples.'] : [],
    weaknesses: scored.length > 0 ? ['Results were rarely measured.'] : [],
    recommendations: scored.length > 0 ? ['End each story with its result, in numbers.'] : [],
    questions,
    transcript: [],
    match: interview.match,
  } satisfies Schemas['InterviewResults'];
}

function page<T>(items: T[], url: URL) {
  const pageNumber = Number(url.searchParams.get('page') ?? 1);
  const pageSize = Number(url.searchParams.get('page_size') ?? 20);
  return {
    items: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
    total: items.length,
    page: pageNumber,
    page_size: pageSize,
  };
}

/** MSW handlers that follow the backend's interviews, results, dashboard and templates contract. */
export const interviewHandlers = [
  http.post('/api/interviews', async ({ request }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const body = (await request.json()) as Schemas['InterviewCreate'];
    if ((body.role ?? '').trim().length < 2)
      return errorResponse(422, 'validation_error', 'role: String should have at least 2 characters');
    if (body.resume_id && !db.findResume(user.email, body.resume_id))
      return errorResponse(404, 'resume_not_found', 'Resume not found.');
    const title = jobTitle(user, body);
    if (title instanceof Response) return title;
    const template = body.template_id ? interviewDb.findTemplate(body.template_id) : undefined;
    if (body.template_id && !template) return errorResponse(404, 'template_not_found', 'Template not found.');
    const mix = template?.mix;
    const count = mix
      ? (mix.behavioral ?? 0) + (mix.technical ?? 0) + (mix.situational ?? 0)
      : (body.question_count ?? 5);
    await delay(20);
    const stored = interviewDb.addInterview(
      user.email,
      buildInterview({
        role: body.role.trim(),
        seniority: body.seniority ?? null,
        job_title: title,
        resume_id: body.resume_id ?? null,
        job_id: body.job_id ?? null,
        job_description_id: body.job_description_id ?? null,
        template_id: template?.id ?? null,
        created_at: new Date().toISOString(),
        settings:
          body.settings ??
          (template
            ? { time_per_question_s: template.time_per_question_s, follow_ups: template.follow_ups }
            : { time_per_question_s: 180, follow_ups: true }),
        questions: plannedQuestions(body, count, mix),
      }),
    );
    return HttpResponse.json(toInterviewRead(stored), { status: 201 });
  }),

  http.get('/api/interviews', ({ request }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const url = new URL(request.url);
    const status = url.searchParams.get('status');
    const found = interviewDb.listInterviews(user.email).filter((interview) => !status || interview.status === status);
    return HttpResponse.json(page(found.map(toSummary), url));
  }),

  http.get('/api/interviews/:id', ({ request, params }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const interview = owned(user, String(params.id));
    return interview ? HttpResponse.json(toInterviewRead(interview)) : notFound();
  }),

  // Live events: the socket opens and stays quiet unless a test scripts it.
  ws.link('ws://localhost:3000/api/ws/interviews/*').addEventListener('connection', () => undefined),

  // The default interviewer: the browser speaks (as the backend answers without a hosted avatar).
  http.post('/api/interviews/:id/avatar', ({ request, params }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    if (!owned(user, String(params.id))) return notFound();
    return HttpResponse.json({
      provider: 'browser',
      status: 'active',
      conversation_url: null,
      clips: [],
      fallback_reason: null,
    });
  }),

  // Typed interviews have no recording.
  http.get('/api/interviews/:id/recordings', ({ request, params }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    return owned(user, String(params.id)) ? HttpResponse.json([]) : notFound();
  }),

  http.post('/api/interviews/:id/:action', async ({ request, params }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const interview = owned(user, String(params.id));
    if (!interview) return notFound();
    await delay(20);
    const action = String(params.action);
    if (action === 'start') {
      if (interview.status !== 'scheduled') return conflict(interview, 'start');
      interviewDb.start(interview);
    } else if (action === 'complete') {
      if (interview.status !== 'in_progress') return conflict(interview, 'complete');
      interviewDb.complete(interview);
    } else if (action === 'abandon') {
      if (interview.status !== 'scheduled' && interview.status !== 'in_progress') return conflict(interview, 'abandon');
      interviewDb.setStatus(interview, 'abandoned');
    } else {
      return errorResponse(404, 'not_found', 'Not found.');
    }
    return HttpResponse.json(toInterviewRead(interview));
  }),

  http.post('/api/interviews/:id/questions/:questionId/evaluation', async ({ request, params }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const interview = owned(user, String(params.id));
    if (!interview) return notFound();
    const question = interview.questions.find((item) => item.id === String(params.questionId));
    if (!question) return errorResponse(404, 'question_not_found', 'Question not found.');
    await delay(20);
    if (!interviewDb.retryEvaluation(question)) {
      return errorResponse(
        409,
        'evaluation_not_failed',
        'Only an answer whose evaluation failed can be evaluated again.',
      );
    }
    return HttpResponse.json(toInterviewRead(interview));
  }),

  http.post('/api/interviews/:id/questions/:questionId/:action', async ({ request, params }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const interview = owned(user, String(params.id));
    if (!interview) return notFound();
    const question = interview.questions.find((item) => item.id === String(params.questionId));
    if (!question) return errorResponse(404, 'question_not_found', 'Question not found.');
    if (interview.status !== 'in_progress')
      return conflict(interview, params.action === 'skip' ? 'skip questions in' : 'answer questions in');
    await delay(20);
    if (params.action === 'answer') {
      const body = (await request.json()) as Schemas['AnswerCreate'];
      if (!body.transcript?.trim())
        return errorResponse(422, 'validation_error', 'transcript: String should have at least 1 character');
      interviewDb.answer(interview, question, body);
    } else {
      if (question.status === 'answered') return conflict(interview, 'skip an answered question in');
      interviewDb.skip(interview, question);
    }
    return HttpResponse.json(toInterviewRead(interview));
  }),

  http.get('/api/results/:id', ({ request, params }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const interview = interviewDb.findInterview(String(params.id));
    if (!interview || (interview.owner !== user.email.toLowerCase() && user.role !== 'admin')) return notFound();
    if (interview.status !== 'completed') return conflict(interview, 'show results for');
    return HttpResponse.json(results(interview));
  }),

  http.get('/api/dashboard/checklist', ({ request }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const mine = interviewDb.listInterviews(user.email);
    return HttpResponse.json({
      resume: db.listResumes(user.email).length > 0,
      job:
        db.listJobDescriptions(user.email).length > 0 ||
        mine.some((interview) => interview.job_id || interview.job_description_id),
      interview: mine.some((interview) => interview.status === 'completed'),
    } satisfies Schemas['Checklist']);
  }),

  http.get('/api/dashboard/stats', ({ request }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const mine = interviewDb.listInterviews(user.email);
    const overall = mine.map(overallScore).filter((score): score is number => score !== null);
    return HttpResponse.json({
      interviews_completed: mine.filter((interview) => interview.status === 'completed').length,
      interviews_in_progress: mine.filter((interview) => interview.status === 'in_progress').length,
      questions_answered: mine
        .flatMap((interview) => interview.questions)
        .filter((question) => question.status === 'answered').length,
      average_score: average(overall),
      best_score: overall.length ? Math.max(...overall) : null,
      streak_days: overall.length ? 1 : 0,
    } satisfies Schemas['DashboardStats']);
  }),

  http.get('/api/dashboard/history', ({ request }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const items = interviewDb
      .listInterviews(user.email)
      .map((interview) => ({ ...toSummary(interview), overall: overallScore(interview) }));
    return HttpResponse.json(page(items, new URL(request.url)));
  }),

  // Nothing recorded unless a test says otherwise.
  http.get('/api/dashboard/delivery', ({ request }) => {
    const { response } = authenticate(request);
    return response ?? HttpResponse.json([]);
  }),

  http.get('/api/dashboard/progress', ({ request }) => {
    const { user, response } = authenticate(request);
    if (response) return response;
    const completed = interviewDb
      .listInterviews(user.email)
      .filter((interview) => interview.status === 'completed' && interview.completed_at)
      .reverse();
    const points = completed.map((interview) => {
      const scores = results(interview).scores;
      return {
        interview_id: interview.id,
        completed_at: interview.completed_at!,
        role: interview.role,
        overall: scores.overall,
        technical: scores.technical,
        communication: scores.communication,
        by_category: {},
      };
    });
    const bySkill = new Map<string, { completed_at: string; score: number }[]>();
    for (const interview of completed) {
      for (const { question, score } of scoredAnswers(interview)) {
        for (const skill of question.skills) {
          bySkill.set(skill, [...(bySkill.get(skill) ?? []), { completed_at: interview.completed_at!, score }]);
        }
      }
    }
    const skills = [...bySkill].map(([skill, skillPoints]) => ({
      skill,
      average: average(skillPoints.map((point) => point.score)) ?? 0,
      points: skillPoints,
    }));
    return HttpResponse.json({ points, skills } satisfies Schemas['Progress']);
  }),

  http.get('/api/templates', ({ request }) => {
    const { response } = authenticate(request);
    if (response) return response;
    return HttpResponse.json({ items: interviewDb.listTemplates() });
  }),
];
