import { Check, CircleDashed, Plus, TriangleAlert, X, type LucideIcon } from 'lucide-react';
import { useId, type ReactNode } from 'react';

import { Badge } from '@/components/ui/badge';
import { formatYears } from '@/lib/format';

import type { ExperienceFit, MatchResult } from '../api/match-resume';
import { MatchParts } from './match-parts';
import { ScoreRing } from './score-ring';

type Tone = 'success' | 'warning' | 'danger' | 'neutral' | 'accent';

/** One skill as its group lists it: a stable key and what the badge says. */
interface SkillEntry {
  key: string;
  label: ReactNode;
}

interface SkillGroupSpec {
  title: string;
  description: string;
  tone: Tone;
  icon: LucideIcon;
  entries: (match: MatchResult) => SkillEntry[];
}

const named = (skills: string[]): SkillEntry[] => skills.map((skill) => ({ key: skill, label: skill }));

const SKILL_GROUPS: SkillGroupSpec[] = [
  {
    title: 'Matched skills',
    description: 'On your resume and asked for.',
    tone: 'success',
    icon: Check,
    entries: (match) => named(match.matched_skills),
  },
  {
    title: 'Partial matches',
    description: 'A related skill on your resume counts for part.',
    tone: 'warning',
    icon: TriangleAlert,
    entries: (match) =>
      match.partial_matches.map((partial) => ({
        key: `${partial.skill}-${partial.via}`,
        label: (
          <>
            {partial.skill} <span className="font-normal">via {partial.via}</span>
          </>
        ),
      })),
  },
  {
    title: 'Missing required skills',
    description: 'Asked for and not on your resume.',
    tone: 'danger',
    icon: X,
    entries: (match) => named(match.missing_required),
  },
  {
    title: 'Missing nice-to-have skills',
    description: 'Would help, but are not required.',
    tone: 'neutral',
    icon: CircleDashed,
    entries: (match) => named(match.missing_nice_to_have),
  },
  {
    title: 'Your other skills',
    description: 'On your resume, not mentioned by the job.',
    tone: 'accent',
    icon: Plus,
    entries: (match) => named(match.extra_skills),
  },
];

function SkillGroup({
  title,
  description,
  tone,
  icon: Icon,
  entries,
}: Omit<SkillGroupSpec, 'entries'> & { entries: SkillEntry[] }) {
  const headingId = useId();
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="text-sm font-semibold text-neutral-900">
        {title} <span className="font-normal text-neutral-500">({entries.length})</span>
      </h3>
      <p className="text-xs text-neutral-500">{description}</p>
      <ul className="mt-2 flex flex-wrap gap-2" aria-labelledby={headingId}>
        {entries.map((entry) => (
          <li key={entry.key}>
            <Badge tone={tone} className="text-sm">
              <Icon aria-hidden="true" className="size-3.5" />
              {entry.label}
            </Badge>
          </li>
        ))}
      </ul>
    </section>
  );
}

const SENIORITY_LABELS: Record<NonNullable<ExperienceFit['job_seniority']>, string> = {
  intern: 'Intern',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  lead: 'Lead',
};

const VERDICTS: Record<ExperienceFit['verdict'], { label: string; tone: Tone }> = {
  meets: { label: 'Meets the requirement', tone: 'success' },
  above: { label: 'Above the requirement', tone: 'accent' },
  below: { label: 'Below the requirement', tone: 'danger' },
  unknown: { label: 'Not enough information', tone: 'neutral' },
};

function ExperienceFitSummary({ fit }: { fit: ExperienceFit }) {
  const verdict = VERDICTS[fit.verdict];
  const asked = fit.required_years == null ? 'Not stated' : `${Math.round(fit.required_years * 10) / 10}+ years`;
  return (
    <section aria-labelledby="experience-fit-heading" className="space-y-2">
      <h3 id="experience-fit-heading" className="text-sm font-semibold text-neutral-900">
        Experience fit
      </h3>
      <dl className="grid gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-neutral-500">You</dt>
          <dd className="font-medium text-neutral-900">
            {formatYears(fit.candidate_years)} ({SENIORITY_LABELS[fit.candidate_seniority]})
          </dd>
        </div>
        <div>
          <dt className="text-neutral-500">The job asks for</dt>
          <dd className="font-medium text-neutral-900">
            {asked}
            {fit.job_seniority ? ` (${SENIORITY_LABELS[fit.job_seniority]})` : ''}
          </dd>
        </div>
        <div>
          <dt className="text-neutral-500">Verdict</dt>
          <dd>
            <Badge tone={verdict.tone} className="text-sm">
              {verdict.label}
            </Badge>
          </dd>
        </div>
      </dl>
    </section>
  );
}

/**
 * How a resume matches a job: the score, why (each part of it; the summary sentence only for a match
 * saved before scores had parts), skills by kind (icon + label + colour) and experience fit.
 */
export function MatchReport({ match, heading = 'Match report' }: { match: MatchResult; heading?: string }) {
  const headingId = useId();
  const parts = match.parts ?? [];
  return (
    <section aria-labelledby={headingId} className="space-y-6">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center">
        {/* The ring is the score, once: it reads "Match score: N out of 100" to a screen reader. */}
        <ScoreRing score={match.score} label="Match score" />
        <div className="space-y-1">
          <h2 id={headingId} className="text-lg font-semibold text-neutral-900">
            {heading}
          </h2>
          {/* The summary is made of the parts' own sentences (skills, then years), so it would say them twice. */}
          {parts.length === 0 ? <p className="text-sm text-neutral-700">{match.explanation}</p> : null}
        </div>
      </div>
      <MatchParts parts={parts} />
      <div className="grid gap-5 sm:grid-cols-2">
        {SKILL_GROUPS.map(({ entries, ...group }) => (
          <SkillGroup key={group.title} {...group} entries={entries(match)} />
        ))}
      </div>
      <ExperienceFitSummary fit={match.experience_fit} />
    </section>
  );
}
