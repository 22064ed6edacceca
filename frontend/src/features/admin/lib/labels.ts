import { LEVEL_LABELS } from '@/lib/role-level';

import type { QuestionCategory } from '../api/get-questions';

export const CATEGORIES: QuestionCategory[] = ['behavioral', 'technical', 'situational'];

export { CATEGORY_LABELS } from '@/lib/question-categories';

export const DIFFICULTY_LABELS: Record<number, string> = { 1: 'Easy', 2: 'Medium', 3: 'Hard' };

export const SENIORITY_LABELS = LEVEL_LABELS;

export type Seniority = keyof typeof SENIORITY_LABELS;

export const SENIORITIES = Object.keys(SENIORITY_LABELS) as Seniority[];

export const INTERVIEW_STATUS_LABELS = {
  scheduled: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  abandoned: 'Abandoned',
} as const;

const FIELD_LABELS: Record<string, string> = {
  slug: 'Slug',
  text: 'Question',
  category: 'Category',
  skills: 'Skills',
  role_families: 'Role families',
  competency: 'Competency',
  difficulty: 'Difficulty',
  key_points: 'Key points',
  model_answer: 'Model answer',
  follow_ups: 'Follow-up questions',
};

/** The column an import problem is about, as the form names it: "key_points.1" → "Key points, item 2". */
export function importFieldLabel(field: string | null): string {
  if (!field) return 'The whole row';
  const [name = '', index] = field.split('.');
  const label = FIELD_LABELS[name] ?? name;
  return index !== undefined && /^\d+$/.test(index) ? `${label}, item ${Number(index) + 1}` : label;
}

/** "Python, SQL" → ["Python", "SQL"]. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
