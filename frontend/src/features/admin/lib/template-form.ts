import { z } from 'zod';

import { ApiError } from '@/lib/api-error';

import type { TemplateCreate } from '../api/create-template';
import type { Template } from '../api/get-templates';
import { SENIORITIES, type Seniority } from './labels';

const count = z
  .number({ error: 'Enter a number.' })
  .int('Use a whole number.')
  .min(0, 'Use 0 or more.')
  .max(20, 'Use at most 20.');

export const templateSchema = z
  .object({
    name: z.string().trim().min(2, 'Name the template: at least 2 characters.').max(120, 'Use at most 120 characters.'),
    description: z.string().max(2000, 'Use at most 2,000 characters.'),
    role: z.string().trim().max(120, 'Use at most 120 characters.'),
    seniority: z.union([z.literal(''), z.enum(SENIORITIES as [Seniority, ...Seniority[]])]),
    behavioral: count,
    technical: count,
    situational: count,
    time_per_question_s: z
      .number({ error: 'Enter a number of seconds.' })
      .int('Use whole seconds.')
      .min(30, 'Allow at least 30 seconds.')
      .max(1800, 'Allow at most 1,800 seconds (30 minutes).'),
    follow_ups: z.boolean(),
    coding_problems: z
      .number({ error: 'Enter a number.' })
      .int('Use a whole number.')
      .min(0, 'Use 0 or more.')
      .max(3, 'Use at most 3.'),
  })
  .refine(
    (values) => {
      const total = values.behavioral + values.technical + values.situational;
      return total >= 1 && total <= 20;
    },
    { path: ['situational'], message: 'A template needs between 1 and 20 questions in total.' },
  );

export type TemplateValues = z.infer<typeof templateSchema>;

export const emptyTemplate: TemplateValues = {
  name: '',
  description: '',
  role: '',
  seniority: '',
  behavioral: 2,
  technical: 3,
  situational: 0,
  time_per_question_s: 180,
  follow_ups: true,
  coding_problems: 0,
};

export function toTemplateValues(template: Template): TemplateValues {
  return {
    name: template.name,
    description: template.description ?? '',
    role: template.role ?? '',
    seniority: template.seniority ?? '',
    behavioral: template.mix.behavioral ?? 0,
    technical: template.mix.technical ?? 0,
    situational: template.mix.situational ?? 0,
    time_per_question_s: template.time_per_question_s ?? 180,
    follow_ups: template.follow_ups ?? true,
    coding_problems: template.coding_problems ?? 0,
  };
}

export function toTemplateBody(values: TemplateValues): TemplateCreate {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    role: values.role.trim() || null,
    seniority: values.seniority || null,
    mix: { behavioral: values.behavioral, technical: values.technical, situational: values.situational },
    time_per_question_s: values.time_per_question_s,
    follow_ups: values.follow_ups,
    coding_problems: values.coding_problems,
  };
}

export function mixTotal(template: Pick<Template, 'mix'>) {
  return (template.mix.behavioral ?? 0) + (template.mix.technical ?? 0) + (template.mix.situational ?? 0);
}

const FIELDS: Record<string, keyof TemplateValues> = {
  name: 'name',
  description: 'description',
  role: 'role',
  seniority: 'seniority',
  'mix.behavioral': 'behavioral',
  'mix.technical': 'technical',
  'mix.situational': 'situational',
  mix: 'situational',
  time_per_question_s: 'time_per_question_s',
  coding_problems: 'coding_problems',
};

/** The API's validation errors (422 `details`) as form fields and their messages. */
export function apiFieldErrors(error: unknown): { field: keyof TemplateValues; message: string }[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return (error.details as { field?: unknown; message?: unknown }[]).flatMap((detail) => {
    const field = typeof detail.field === 'string' ? FIELDS[detail.field] : undefined;
    return field && typeof detail.message === 'string' ? [{ field, message: detail.message }] : [];
  });
}
