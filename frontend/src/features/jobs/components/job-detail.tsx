import { formatDate } from '@/lib/format';

import type { Job } from '../api/search-jobs';
import { JobMeta } from './job-meta';
import { ParsedJobSummary } from './parsed-job-summary';

export function JobHeader({ job }: { job: Job }) {
  return (
    <header className="space-y-2">
      <h1 className="text-2xl font-semibold tracking-tight text-neutral-900 sm:text-3xl">{job.title}</h1>
      <p className="text-lg font-medium text-neutral-700">{job.company}</p>
      <JobMeta job={job} />
      <p className="text-sm text-neutral-500">Posted {formatDate(job.posted_at)}</p>
    </header>
  );
}

export function JobRequirements({ job }: { job: Job }) {
  return (
    <section
      aria-labelledby="requirements-heading"
      className="rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm"
    >
      <h2 id="requirements-heading" className="mb-4 text-lg font-semibold text-neutral-900">
        Requirements
      </h2>
      <ParsedJobSummary parsed={job.parsed} />
    </section>
  );
}

export function JobDescriptionText({ job }: { job: Job }) {
  return (
    <section
      aria-labelledby="description-heading"
      className="rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm"
    >
      <h2 id="description-heading" className="mb-4 text-lg font-semibold text-neutral-900">
        Description
      </h2>
      <p className="text-sm leading-relaxed whitespace-pre-line text-neutral-800">{job.description}</p>
    </section>
  );
}
