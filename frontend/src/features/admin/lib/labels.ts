import type { QuestionCategory } from '../api/get-questions';

export const CATEGORIES: QuestionCategory[] = ['behavioral', 'technical', 'situational'];

export const CATEGORY_LABELS: Record<QuestionCategory, string> = {
  behavioral: 'Behavioral',
  technical: 'Technical',
  situational: 'Situational',
};

export const DIFFICULTY_LABELS: Record<number, string> = { 1: 'Easy', 2: 'Medium', 3: 'Hard' };

export const SENIORITY_LABELS = {
  intern: 'Intern',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  lead: 'Lead',
} as const;

export type Seniority = keyof typeof SENIORITY_LABELS;

export const SENIORITIES = Object.keys(SENIORITY_LABELS) as Seniority[];

export const INTERVIEW_STATUS_LABELS = {
  scheduled: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  abandoned: 'Abandoned',
} as const;

/** "Python, SQL" → ["Python", "SQL"]. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
