import { z } from 'zod';

import { splitLines } from '@/lib/format';

import type { QuestionCreate } from '../api/create-question';
import type { BankQuestion } from '../api/get-questions';
import { CATEGORIES, splitList } from './labels';

export const KEY_POINTS_MAX = 8;
export const FOLLOW_UPS_MAX = 5;

export const questionSchema = z.object({
  text: z
    .string()
    .trim()
    .min(10, 'Write the question: at least 10 characters.')
    .max(2000, 'Use at most 2,000 characters.'),
  category: z.enum(CATEGORIES as [BankQuestion['category'], ...BankQuestion['category'][]]),
  difficulty: z.enum(['1', '2', '3']),
  skills: z.string().refine((value) => splitList(value).length <= 20, 'List at most 20 skills.'),
  role_families: z.string().refine((value) => splitList(value).length <= 20, 'List at most 20 role families.'),
  competency: z.string().trim().max(50, 'Use at most 50 characters.'),
  key_points: z
    .array(
      z.object({
        value: z.string().trim().min(1, 'Write this key point, or remove it.').max(500, 'Use at most 500 characters.'),
      }),
    )
    .min(1, 'Add at least one key point: answers are scored against them.')
    .max(KEY_POINTS_MAX, `Use at most ${KEY_POINTS_MAX} key points.`),
  model_answer: z.string().max(5000, 'Use at most 5,000 characters.'),
  follow_ups: z
    .string()
    .refine((value) => splitLines(value).length <= FOLLOW_UPS_MAX, `Write at most ${FOLLOW_UPS_MAX} follow-ups.`),
  slug: z
    .string()
    .trim()
    .regex(/^([a-z0-9][a-z0-9-]{1,118})?$/, 'Use lowercase letters, digits and hyphens, like "conflict-with-a-peer".'),
});

export type QuestionValues = z.infer<typeof questionSchema>;

export const emptyQuestion: QuestionValues = {
  text: '',
  category: 'technical',
  difficulty: '2',
  skills: '',
  role_families: '',
  competency: '',
  key_points: [{ value: '' }],
  model_answer: '',
  follow_ups: '',
  slug: '',
};

export function toQuestionValues(question: BankQuestion): QuestionValues {
  return {
    text: question.text,
    category: question.category,
    difficulty: String(question.difficulty ?? 2) as QuestionValues['difficulty'],
    skills: (question.skills ?? []).join(', '),
    role_families: (question.role_families ?? []).join(', '),
    competency: question.competency ?? '',
    key_points: question.key_points.map((value) => ({ value })),
    model_answer: question.model_answer ?? '',
    follow_ups: (question.follow_ups ?? []).join('\n'),
    slug: question.slug,
  };
}

/** Every editable field, in the shape PATCH /api/questions/{id} takes. */
export function toQuestionFields(values: QuestionValues): Omit<QuestionCreate, 'slug'> {
  return {
    text: values.text.trim(),
    category: values.category,
    difficulty: Number(values.difficulty),
    skills: splitList(values.skills),
    role_families: splitList(values.role_families),
    competency: values.competency.trim() || null,
    key_points: values.key_points.map((point) => point.value.trim()),
    model_answer: values.model_answer.trim(),
    follow_ups: splitLines(values.follow_ups),
  };
}

/** The body for POST /api/questions: the fields and, when given, the slug. */
export function toQuestionCreate(values: QuestionValues): QuestionCreate {
  const slug = values.slug.trim();
  return slug ? { ...toQuestionFields(values), slug } : toQuestionFields(values);
}
