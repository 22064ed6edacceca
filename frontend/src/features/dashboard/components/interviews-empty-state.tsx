import { Plus, Video } from 'lucide-react';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';

/** What the dashboard shows before the first mock interview. */
export function InterviewsEmptyState() {
  return (
    <section
      aria-labelledby="interviews-empty-heading"
      className="rounded-2xl border border-dashed border-neutral-300 bg-white px-6 py-14 text-center"
    >
      <span className="mx-auto grid size-12 place-items-center rounded-full bg-indigo-50 text-indigo-600">
        <Video aria-hidden="true" className="size-6" />
      </span>
      <h2 id="interviews-empty-heading" className="mt-4 text-lg font-semibold text-neutral-900">
        No interviews yet
      </h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-neutral-600">
        Once you add your resume and the job you are aiming for, Rehearse prepares a tailored mock interview. Your past
        interviews and their reports will appear here.
      </p>
      <Button asChild className="mt-6">
        <Link to={paths.app.newInterview.to()}>
          <Plus aria-hidden="true" className="size-4" />
          Start your first interview
        </Link>
      </Button>
    </section>
  );
}
