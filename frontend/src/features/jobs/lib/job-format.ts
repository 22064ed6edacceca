import type { JobDescription } from '../api/get-job-descriptions';
import type { ParsedJob } from '../api/preview-job-description';
import type { Job, JobType } from '../api/search-jobs';

export const JOB_TYPES: JobType[] = ['full-time', 'part-time', 'contract', 'internship'];

export const JOB_TYPE_LABELS: Record<JobType, string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  internship: 'Internship',
};

export const SENIORITY_LABELS: Record<NonNullable<ParsedJob['seniority']>, string> = {
  intern: 'Intern',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  lead: 'Lead',
};

function money(amount: number, currency: string) {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${amount.toLocaleString('en')} ${currency}`; // An unknown currency code.
  }
}

/** "$120,000 – $150,000", "From $90,000", "Up to $60,000", or null when not stated. */
export function formatSalary({
  salary_min: min,
  salary_max: max,
  currency,
}: Pick<Job, 'salary_min' | 'salary_max' | 'currency'>) {
  if (min != null && max != null)
    return min === max ? money(min, currency) : `${money(min, currency)} – ${money(max, currency)}`;
  if (min != null) return `From ${money(min, currency)}`;
  if (max != null) return `Up to ${money(max, currency)}`;
  return null;
}

/** "5+ years" for a parsed requirement. */
export function formatYearsRequired(years: number | null | undefined) {
  if (years == null) return null;
  return `${years}+ ${years === 1 ? 'year' : 'years'}`;
}

export const MAX_TITLE_LENGTH = 200;

/** "Mechanical Engineers" (O*NET) or "Plumber" (ESCO titles are lower case). */
export function occupationName(occupation: NonNullable<ParsedJob['occupation']>) {
  return occupation.title.charAt(0).toUpperCase() + occupation.title.slice(1);
}

/** Where the occupation comes from: "O*NET 17-2141.00" or "ESCO". */
export function occupationSource(occupation: NonNullable<ParsedJob['occupation']>) {
  return occupation.source === 'onet' ? `O*NET ${occupation.code}` : 'ESCO';
}

export function jobDescriptionTitle(description: Pick<JobDescription, 'title' | 'parsed'>) {
  return description.title ?? description.parsed.title ?? 'Untitled job description';
}

/** "Berlin · Remote", or the location alone when it says remote already ("Remote (US)"). */
export function formatLocation({ location, remote }: Pick<Job, 'location' | 'remote'>) {
  return remote && !/\bremote\b/i.test(location) ? `${location} · Remote` : location;
}
