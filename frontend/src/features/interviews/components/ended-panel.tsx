import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';

import type { Interview } from '../api/get-interview';
import { RoomHeading } from './room-heading';

/** A finished or abandoned interview: where to go from here. */
export function EndedPanel({ interview }: { interview: Interview }) {
  const completed = interview.status === 'completed';
  return (
    <div className="space-y-6">
      <RoomHeading interview={interview} />
      <section className="space-y-4 rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm">
        <p className="text-neutral-800">
          {completed ? 'This interview is finished.' : 'This interview was abandoned.'}
        </p>
        <Button asChild>
          {completed ? (
            <Link to={paths.app.interviewResults.to(interview.id)}>See your results</Link>
          ) : (
            <Link to={paths.app.newInterview.to()}>Start a new interview</Link>
          )}
        </Button>
      </section>
    </div>
  );
}
