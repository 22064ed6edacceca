import { Badge } from '@/components/ui/badge';
import { formatDate, formatYears } from '@/lib/format';

import type { Resume } from '../api/get-resume';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-xl border border-neutral-200 bg-white px-4 py-3">
      <dt className="text-xs font-medium tracking-wide text-neutral-500 uppercase">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-neutral-900">{value}</dd>
    </div>
  );
}

/** What the server worked out from the resume (recomputed on save). */
export function ResumeOverview({ resume }: { resume: Resume }) {
  const { parsed } = resume;
  return (
    <div className="space-y-4">
      <p className="flex flex-wrap items-center gap-2 text-sm text-neutral-600">
        <span className="uppercase">{resume.file_format}</span> · Uploaded {formatDate(resume.created_at)}
        {resume.is_default ? <Badge tone="accent">Default</Badge> : null}
      </p>
      <dl aria-live="polite" className="grid gap-3 sm:grid-cols-3">
        <Stat label="Years of experience" value={formatYears(parsed.years_experience ?? 0)} />
        <Stat label="Highest degree" value={parsed.highest_degree ?? 'Not found'} />
        <Stat label="Skills" value={String(parsed.skills?.length ?? 0)} />
      </dl>
    </div>
  );
}
