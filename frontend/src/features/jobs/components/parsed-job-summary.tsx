import { useId } from 'react';

import type { ParsedJob } from '../api/preview-job-description';
import { formatYearsRequired, occupationName, occupationSource, SENIORITY_LABELS } from '../lib/job-format';
import { SkillChips } from './skill-chips';

/** The requirements read from a job description. */
export function ParsedJobSummary({ parsed, headingLevel = 'h3' }: { parsed: ParsedJob; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  const alternativesId = useId();
  const required = parsed.required_skills ?? [];
  const niceToHave = parsed.nice_to_have_skills ?? [];
  const responsibilities = parsed.responsibilities ?? [];
  const alternatives = parsed.alternative_skills ?? [];
  const { occupation } = parsed;
  return (
    <div className="space-y-5">
      <dl className="grid grid-cols-[repeat(auto-fit,minmax(9rem,1fr))] gap-3">
        {parsed.title ? (
          <div>
            <dt className="text-xs font-medium tracking-wide text-neutral-500 uppercase">Role</dt>
            <dd className="font-medium text-neutral-900">{parsed.title}</dd>
          </div>
        ) : null}
        {occupation ? (
          <div>
            <dt className="text-xs font-medium tracking-wide text-neutral-500 uppercase">Occupation</dt>
            <dd className="font-medium text-neutral-900">{occupationName(occupation)}</dd>
            <dd className="text-xs text-neutral-500">
              {occupationSource(occupation)} · as “{occupation.matched_title}”
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="text-xs font-medium tracking-wide text-neutral-500 uppercase">Seniority</dt>
          <dd className="font-medium text-neutral-900">
            {parsed.seniority ? SENIORITY_LABELS[parsed.seniority] : 'Not stated'}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium tracking-wide text-neutral-500 uppercase">Experience</dt>
          <dd className="font-medium text-neutral-900">{formatYearsRequired(parsed.years_required) ?? 'Not stated'}</dd>
        </div>
      </dl>
      <div className="space-y-2">
        <Heading className="text-sm font-semibold text-neutral-900">Required skills</Heading>
        {required.length > 0 ? (
          <SkillChips skills={required} label="Required skills" tone="accent" />
        ) : (
          <p className="text-sm text-neutral-600">None found.</p>
        )}
        {alternatives.length > 0 ? (
          <div className="text-sm text-neutral-700">
            <p id={`${alternativesId}-label`}>Any one of these will do:</p>
            <ul aria-labelledby={`${alternativesId}-label`} className="list-disc pl-5">
              {alternatives.map((group) => (
                <li key={group.join('|')}>{group.join(' or ')}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <div className="space-y-2">
        <Heading className="text-sm font-semibold text-neutral-900">Nice-to-have skills</Heading>
        {niceToHave.length > 0 ? (
          <SkillChips skills={niceToHave} label="Nice-to-have skills" />
        ) : (
          <p className="text-sm text-neutral-600">None found.</p>
        )}
      </div>
      {responsibilities.length > 0 ? (
        <div className="space-y-2">
          <Heading className="text-sm font-semibold text-neutral-900">Responsibilities</Heading>
          <ul className="list-disc space-y-1 pl-5 text-sm text-neutral-700">
            {responsibilities.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
