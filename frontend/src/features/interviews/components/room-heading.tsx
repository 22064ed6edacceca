import type { Interview } from '../api/get-interview';
import { SENIORITY_LABELS, isSeniority } from '../lib/labels';

export function RoomHeading({ interview }: { interview: Interview }) {
  const level = isSeniority(interview.seniority) ? `${SENIORITY_LABELS[interview.seniority]} ` : '';
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight text-neutral-900">
        {level}
        {interview.role} interview
      </h1>
      {interview.job_title ? <p className="text-neutral-600">For {interview.job_title}</p> : null}
    </div>
  );
}
