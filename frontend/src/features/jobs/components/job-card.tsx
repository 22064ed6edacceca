import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

import type { Job } from '../api/search-jobs';
import { JobMeta } from './job-meta';
import { SkillChips } from './skill-chips';

export function JobCard({ job, match }: { job: Job; match?: ReactNode }) {
  const required = job.parsed.required_skills ?? [];
  return (
    <article
      aria-labelledby={`job-${job.id}-title`}
      className="space-y-3 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={`job-${job.id}-title`} className="text-base font-semibold text-neutral-900">
            <Link to={paths.app.job.to(job.id)} className="hover:text-indigo-700 hover:underline">
              {job.title}
            </Link>
          </h3>
          <p className="text-sm font-medium text-neutral-700">{job.company}</p>
        </div>
        {match}
      </div>
      <JobMeta job={job} />
      {required.length > 0 ? <SkillChips skills={required} label={`Required skills for ${job.title}`} max={8} /> : null}
    </article>
  );
}
