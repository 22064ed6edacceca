import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';

import { authenticate, errorResponse } from './http';

type Plan = components['schemas']['PlanRead'];
type Reminder = components['schemas']['Reminder'];

function shiftDay(isoDate: string, days: number) {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day! + days));
  return date.toISOString().slice(0, 10);
}

/** The plans a test set up, or created through the API, keyed by owner email. */
export const planDb = {
  plans: new Map<string, Plan[]>(),
  reset() {
    this.plans.clear();
  },
  add(owner: string, plan: Plan) {
    this.plans.set(owner, [...(this.plans.get(owner) ?? []), plan]);
    return plan;
  },
  find(planId: string) {
    for (const plans of this.plans.values()) {
      const plan = plans.find((item) => item.id === planId);
      if (plan) return plan;
    }
    return undefined;
  },
};

/** A plan as the server answers it: sessions every other day until two days before the interview. */
export function buildPlan(today: string, interviewDate: string, overrides: Partial<Plan> = {}): Plan {
  const sessions: Plan['sessions'] = [];
  for (let day = today; day <= shiftDay(interviewDate, -2); day = shiftDay(day, 2)) {
    sessions.push({
      id: crypto.randomUUID(),
      day,
      kind: 'short',
      state: day === today ? 'due' : 'upcoming',
      interview_id: null,
      done_by_hand: false,
    });
  }
  if (sessions.length) sessions[sessions.length - 1]!.kind = 'full_mock';
  const daysLeft = Math.round((Date.parse(interviewDate) - Date.parse(today)) / 86_400_000);
  return {
    id: crypto.randomUUID(),
    user_id: 'user-1',
    interview_date: interviewDate,
    days_left: daysLeft,
    sessions_per_week: 3,
    job_id: null,
    job_description_id: null,
    job_title: null,
    wants_coding: false,
    progress: { total: sessions.length, done: 0, missed: 0, remaining: sessions.length },
    sessions,
    rule: ['The day before the interview is a rest day: nothing is scheduled on it.'],
    ...overrides,
  };
}

function remindersOf(plans: Plan[]): Reminder[] {
  return plans.flatMap((plan) =>
    plan.sessions
      .filter((session) => session.state === 'due' || session.state === 'missed')
      .map((session) => ({
        plan_id: plan.id,
        session_id: session.id,
        day: session.day,
        kind: session.kind,
        overdue: session.state === 'missed',
        interview_date: plan.interview_date,
        job_id: plan.job_id,
        job_description_id: plan.job_description_id,
        job_title: plan.job_title,
      })),
  );
}

function progressOf(plan: Plan): Plan['progress'] {
  const count = (state: string) => plan.sessions.filter((session) => session.state === state).length;
  return {
    total: plan.sessions.length,
    done: count('done'),
    missed: count('missed'),
    remaining: count('due') + count('upcoming'),
  };
}

function changeSession(request: Request, planId: string, sessionId: string, state: 'done' | 'dismissed' | null) {
  const auth = authenticate(request);
  if (auth.response) return auth.response;
  const plan = planDb.find(planId);
  const session = plan?.sessions.find((item) => item.id === sessionId);
  if (!plan || !session) return errorResponse(404, 'plan_not_found', 'Interview plan not found.');
  if (state) Object.assign(session, { state, done_by_hand: state === 'done' });
  else Object.assign(session, { snoozed: true });
  plan.progress = progressOf(plan);
  return HttpResponse.json(plan);
}

export const planHandlers = [
  http.get('/api/plans/reminders', ({ request }) => {
    const auth = authenticate(request);
    if (auth.response) return auth.response;
    const plans = planDb.plans.get(auth.user.email) ?? [];
    const live = plans.map((plan) => ({
      ...plan,
      sessions: plan.sessions.filter((session) => !('snoozed' in session)),
    }));
    return HttpResponse.json({ items: remindersOf(live) });
  }),
  http.get('/api/plans', ({ request }) => {
    const auth = authenticate(request);
    return auth.response ?? HttpResponse.json({ items: planDb.plans.get(auth.user.email) ?? [] });
  }),
  http.post('/api/plans', async ({ request }) => {
    const auth = authenticate(request);
    if (auth.response) return auth.response;
    const body = (await request.json()) as components['schemas']['PlanCreate'];
    const today = body.today ?? new Date().toISOString().slice(0, 10);
    if (body.interview_date <= today)
      return errorResponse(422, 'invalid_plan_date', 'The interview date must be after today.');
    const plan = buildPlan(today, body.interview_date, {
      sessions_per_week: body.sessions_per_week ?? 3,
      job_description_id: body.job_description_id ?? null,
    });
    return HttpResponse.json(planDb.add(auth.user.email, plan), { status: 201 });
  }),
  http.delete('/api/plans/:planId', ({ request, params }) => {
    const auth = authenticate(request);
    if (auth.response) return auth.response;
    const plans = planDb.plans.get(auth.user.email) ?? [];
    planDb.plans.set(
      auth.user.email,
      plans.filter((plan) => plan.id !== params.planId),
    );
    return new HttpResponse(null, { status: 204 });
  }),
  http.post('/api/plans/:planId/sessions/:sessionId/done', ({ request, params }) =>
    changeSession(request, String(params.planId), String(params.sessionId), 'done'),
  ),
  http.post('/api/plans/:planId/sessions/:sessionId/dismiss', ({ request, params }) =>
    changeSession(request, String(params.planId), String(params.sessionId), 'dismissed'),
  ),
  http.post('/api/plans/:planId/sessions/:sessionId/snooze', ({ request, params }) =>
    changeSession(request, String(params.planId), String(params.sessionId), null),
  ),
];
