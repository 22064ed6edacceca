import { Banknote, Briefcase, MapPin, TrendingUp } from 'lucide-react';

import type { Job } from '../api/search-jobs';
import { formatLocation, formatSalary, JOB_TYPE_LABELS, SENIORITY_LABELS } from '../lib/job-format';

/** Location, type, salary and seniority of a job, each with an icon and its text. */
export function JobMeta({ job }: { job: Job }) {
  const salary = formatSalary(job);
  const seniority = job.parsed.seniority ? SENIORITY_LABELS[job.parsed.seniority] : null;
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-neutral-600">
      <li className="inline-flex items-center gap-1.5">
        <MapPin aria-hidden="true" className="size-4" />
        <span className="sr-only">Location: </span>
        {formatLocation(job)}
      </li>
      <li className="inline-flex items-center gap-1.5">
        <Briefcase aria-hidden="true" className="size-4" />
        <span className="sr-only">Type: </span>
        {JOB_TYPE_LABELS[job.job_type]}
      </li>
      {salary ? (
        <li className="inline-flex items-center gap-1.5">
          <Banknote aria-hidden="true" className="size-4" />
          <span className="sr-only">Salary: </span>
          {salary}
        </li>
      ) : null}
      {seniority ? (
        <li className="inline-flex items-center gap-1.5">
          <TrendingUp aria-hidden="true" className="size-4" />
          <span className="sr-only">Seniority: </span>
          {seniority}
        </li>
      ) : null}
    </ul>
  );
}
