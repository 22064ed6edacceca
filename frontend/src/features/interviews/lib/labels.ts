import type { Seniority } from '../api/create-interview';
import { employerOfRole } from '@/lib/job-title';
import { jobTitleBesideRole, LEVEL_LABELS, roleLevel, roleSpellings } from '@/lib/role-level';

import type { Interview, InterviewStatus } from '../api/get-interview';
import type { CodingDifficulty, CodingLanguage } from './wizard';

export const SENIORITIES: Seniority[] = ['intern', 'junior', 'mid', 'senior', 'lead'];

export const SENIORITY_LABELS: Record<Seniority, string> = LEVEL_LABELS;

export const STATUS_LABELS: Record<InterviewStatus, string> = {
  scheduled: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  abandoned: 'Abandoned',
};

export const STATUS_TONES: Record<InterviewStatus, 'neutral' | 'accent' | 'success' | 'warning'> = {
  scheduled: 'neutral',
  in_progress: 'accent',
  completed: 'success',
  abandoned: 'warning',
};

/** Under the room's title: the level beside the role, then the job when its title says more. */
export function roomDetails({ role, seniority, job_title }: Pick<Interview, 'role' | 'seniority' | 'job_title'>) {
  const employer = employerOfRole(job_title, ...roleSpellings(role, seniority));
  const jobTitle = jobTitleBesideRole({ role, seniority, job_title });
  const job = employer ? `At ${employer}` : jobTitle ? `For ${jobTitle}` : null;
  return [roleLevel(role, seniority), job].filter(Boolean).join(' · ');
}

/** "3 min", "1 min 30 s", "45 s". */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** "2:05" for a whole number of seconds. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

export const LANGUAGE_LABELS: Record<CodingLanguage, string> = { python: 'Python', javascript: 'JavaScript' };

export const DIFFICULTY_LABELS: Record<CodingDifficulty, string> = {
  '': 'Fits my level (from the seniority)',
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
};
