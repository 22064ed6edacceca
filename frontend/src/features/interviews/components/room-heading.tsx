import { distinctJobTitle } from '@/lib/job-title';

import type { Interview } from '../api/get-interview';
import { roleWithLevel } from '../lib/labels';

export function RoomHeading({ interview }: { interview: Interview }) {
  const role = roleWithLevel(interview.role, interview.seniority);
  const jobTitle = distinctJobTitle(interview.job_title, interview.role, role);
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight text-neutral-900">{role} interview</h1>
      {jobTitle ? <p className="text-neutral-600">For {jobTitle}</p> : null}
    </div>
  );
}
