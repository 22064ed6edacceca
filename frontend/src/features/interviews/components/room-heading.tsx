import type { Interview } from '../api/get-interview';
import { roleWithLevel } from '../lib/labels';

export function RoomHeading({ interview }: { interview: Interview }) {
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight text-neutral-900">
        {roleWithLevel(interview.role, interview.seniority)} interview
      </h1>
      {interview.job_title ? <p className="text-neutral-600">For {interview.job_title}</p> : null}
    </div>
  );
}
