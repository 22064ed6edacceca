import { distinctJobTitle, employerOfRole } from './job-title';

/** How each seniority the API knows is written. */
export const LEVEL_LABELS = {
  intern: 'Intern',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  lead: 'Lead',
} as const;

function levelLabel(seniority: string | null | undefined): string | undefined {
  return seniority && Object.hasOwn(LEVEL_LABELS, seniority)
    ? LEVEL_LABELS[seniority as keyof typeof LEVEL_LABELS]
    : undefined;
}

// Words by which a role states its own level: "Senior Backend Engineer", "Sr. Developer", "Team Lead".
const STATED_LEVEL =
  /\b(?:intern|junior|jr|mid(?:-level)?|senior|sr|lead|principal|staff|head|chief|graduate|entry-level)\b/i;

/**
 * The level to show beside a role ("Senior" for a senior "Backend engineer"), or null when there is
 * none or the role names one already. It goes beside the role, not in front of it: the role stays
 * as the person typed it or the posting wrote it ("Senior Backend engineer" mixed two casings).
 */
export function roleLevel(role: string, seniority: string | null | undefined): string | null {
  const label = levelLabel(seniority);
  return label && !STATED_LEVEL.test(role) ? label : null;
}

/** The ways a role with its level may be written, for `distinctJobTitle`: "Backend engineer", "Senior Backend engineer". */
export function roleSpellings(role: string, seniority: string | null | undefined): string[] {
  const level = roleLevel(role, seniority);
  return level ? [role, `${level} ${role}`] : [role];
}

/**
 * The job to show beside a role and its level: its title, only the company when the title is the
 * role at a company ("Parcelpoint" for "Backend Engineer (Go) at Parcelpoint"), or null when it
 * only repeats them.
 */
export function jobTitleBesideRole({
  role,
  seniority,
  job_title,
}: {
  role: string;
  seniority?: string | null;
  job_title?: string | null;
}): string | null {
  const spellings = roleSpellings(role, seniority);
  return employerOfRole(job_title, ...spellings) ?? distinctJobTitle(job_title, ...spellings);
}
