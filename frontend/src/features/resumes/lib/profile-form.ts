import { z } from 'zod';

import { splitLines } from '@/lib/format';

import type { DegreeLevel, Education, Experience, ParsedResume } from '../api/get-resume';
import type { ResumeUpdate } from '../api/update-resume';

export const DEGREE_LEVELS: DegreeLevel[] = ['Associate', 'Bachelor', 'Master', 'PhD'];

const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);

const monthOrYear = z
  .string()
  .trim()
  .regex(/^(\d{4}(-(0[1-9]|1[0-2]))?)?$/, 'Use YYYY-MM or YYYY, like 2021-04.');

/** "2021" → "2021-01" (or "-12" for an end date), so dates compare as strings. */
function asMonth(value: string, month: string) {
  return value.length === 4 ? `${value}-${month}` : value;
}

const email = z
  .string()
  .trim()
  .refine((value) => value === '' || z.email().safeParse(value).success, 'Enter a valid email address.');

const experienceSchema = z
  .object({
    title: text(200),
    company: text(200),
    start: monthOrYear,
    end: monthOrYear,
    current: z.boolean(),
    highlights: z.string(),
  })
  .refine((entry) => entry.current || entry.end !== '', {
    path: ['end'],
    message: 'Enter an end date, or tick “I work here now”.',
  })
  .refine(
    (entry) => entry.current || !entry.start || !entry.end || asMonth(entry.start, '01') <= asMonth(entry.end, '12'),
    {
      path: ['end'],
      message: 'The end date is before the start date.',
    },
  );

const educationSchema = z.object({
  degree: text(200),
  level: z.union([z.literal(''), z.enum(DEGREE_LEVELS as [DegreeLevel, ...DegreeLevel[]])]),
  field: text(200),
  institution: text(200),
  year: z
    .string()
    .trim()
    .regex(/^(\d{4})?$/, 'Use a four-digit year.'),
});

export const profileSchema = z.object({
  name: text(200),
  email,
  phone: text(50),
  links: z.object({ linkedin: text(300), github: text(300), portfolio: text(300) }),
  summary: text(5000),
  stated_role: text(200),
  skills: z.array(z.string()),
  experience: z.array(experienceSchema),
  education: z.array(educationSchema),
  certifications: z.string(),
});

export type ProfileValues = z.infer<typeof profileSchema>;
export type ExperienceValues = ProfileValues['experience'][number];
export type EducationValues = ProfileValues['education'][number];

export const emptyExperience: ExperienceValues = {
  title: '',
  company: '',
  start: '',
  end: '',
  current: false,
  highlights: '',
};
export const emptyEducation: EducationValues = { degree: '', level: '', field: '', institution: '', year: '' };

/** The form's values for what the server parsed. */
export function toProfileValues(parsed: ParsedResume): ProfileValues {
  return {
    name: parsed.name ?? '',
    email: parsed.email ?? '',
    phone: parsed.phone ?? '',
    links: {
      linkedin: parsed.links?.linkedin ?? '',
      github: parsed.links?.github ?? '',
      portfolio: parsed.links?.portfolio ?? '',
    },
    summary: parsed.summary ?? '',
    stated_role: parsed.stated_role ?? '',
    skills: (parsed.skills ?? []).map((skill) => skill.name),
    experience: (parsed.experience ?? []).map((entry) => ({
      title: entry.title ?? '',
      company: entry.company ?? '',
      start: entry.start ?? '',
      end: entry.end ?? '',
      current: entry.end == null,
      highlights: (entry.highlights ?? []).join('\n'),
    })),
    education: (parsed.education ?? []).map((entry) => ({
      degree: entry.degree ?? '',
      level: entry.level ?? '',
      field: entry.field ?? '',
      institution: entry.institution ?? '',
      year: entry.year == null ? '' : String(entry.year),
    })),
    certifications: (parsed.certifications ?? []).join('\n'),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function toExperience(entry: ExperienceValues): Experience {
  return {
    title: orNull(entry.title),
    company: orNull(entry.company),
    start: orNull(entry.start),
    end: entry.current ? null : orNull(entry.end),
    highlights: splitLines(entry.highlights),
  };
}

function toEducation(entry: EducationValues): Education {
  return {
    degree: orNull(entry.degree),
    level: entry.level === '' ? null : entry.level,
    field: orNull(entry.field),
    institution: orNull(entry.institution),
    year: entry.year.trim() === '' ? null : Number(entry.year),
  };
}

type EditableFields = Required<
  Pick<
    ResumeUpdate,
    | 'name'
    | 'email'
    | 'phone'
    | 'links'
    | 'summary'
    | 'stated_role'
    | 'skills'
    | 'experience'
    | 'education'
    | 'certifications'
  >
>;

/** The values in the shape the API takes. */
export function toResumeFields(values: ProfileValues): EditableFields {
  return {
    name: orNull(values.name),
    email: orNull(values.email),
    phone: orNull(values.phone),
    links: {
      linkedin: orNull(values.links.linkedin),
      github: orNull(values.links.github),
      portfolio: orNull(values.links.portfolio),
    },
    summary: orNull(values.summary),
    stated_role: orNull(values.stated_role),
    skills: values.skills,
    experience: values.experience.map(toExperience),
    education: values.education.map(toEducation),
    certifications: splitLines(values.certifications),
  };
}

/**
 * Only the fields that differ from `saved`, so a PATCH never overwrites what the person did not
 * touch (and the server recomputes years of experience only when the experience changed).
 */
export function changedFields(saved: ProfileValues, current: ProfileValues): ResumeUpdate {
  const before = toResumeFields(saved);
  const after = toResumeFields(current);
  const changes: ResumeUpdate = {};
  for (const key of Object.keys(after) as (keyof EditableFields)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      Object.assign(changes, { [key]: after[key] });
    }
  }
  return changes;
}
