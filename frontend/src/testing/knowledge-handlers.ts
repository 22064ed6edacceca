import { http, HttpResponse } from 'msw';

import type { components } from '@/api/schema';

import { authenticate, errorResponse } from './http';

type SkillItem = components['schemas']['SkillItem'];

/** A few skills as the backend's knowledge holds them (app/data/knowledge). */
const SKILLS: Omit<SkillItem, 'matched'>[] = [
  { name: 'Autodesk AutoCAD', kind: 'technology', source: 'onet', sources: ['onet'], aliases: ['AutoCAD'], hot: true },
  { name: 'Autodesk Revit', kind: 'technology', source: 'onet', sources: ['onet'], aliases: ['Revit'], hot: true },
  { name: 'Kubernetes', kind: 'technology', source: 'onet', sources: ['onet', 'curated'], aliases: ['k8s'], hot: true },
  { name: 'Python', kind: 'technology', source: 'onet', sources: ['onet', 'curated'], aliases: ['python3'], hot: true },
  { name: 'PyTorch', kind: 'technology', source: 'onet', sources: ['onet', 'curated'], aliases: [], hot: true },
  { name: 'show initiative', kind: 'transversal', source: 'esco', sources: ['esco'], aliases: [], hot: false },
];

const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9+#&]/g, '');

/** MSW handlers that follow the backend's knowledge contract (prefix match on names and aliases). */
export const knowledgeHandlers = [
  http.get('/api/knowledge/skills', ({ request }) => {
    const { response } = authenticate(request);
    if (response) return response;
    const params = new URL(request.url).searchParams;
    const q = key(params.get('q') ?? '');
    const limit = Number(params.get('limit') ?? 10);
    if (!q || limit < 1 || limit > 50) return errorResponse(422, 'validation_error', 'The request is not valid.');
    const items: SkillItem[] = [];
    for (const skill of SKILLS) {
      const matched = [skill.name, ...skill.aliases].find((form) => key(form).startsWith(q));
      if (matched) items.push({ ...skill, matched });
    }
    return HttpResponse.json({ items: items.slice(0, limit) });
  }),
];
