import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-error';

import { useMatch, type MatchTarget } from '../api/match-resume';
import { MatchReport } from './match-report';

/** Loads and shows the match report of a resume against a job. */
export function ResumeMatch({
  resumeId,
  target,
  heading,
}: {
  resumeId: string;
  target: MatchTarget;
  heading?: string;
}) {
  const match = useMatch(resumeId, target);
  if (match.isPending) {
    return (
      <div role="status" className="flex items-center gap-4">
        <span className="sr-only">Comparing your resume with the job…</span>
        <Skeleton className="size-28 rounded-full" />
        <div className="flex-1 space-y-2">
          <Skeleton className="h-5 w-40" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-2/3" />
        </div>
      </div>
    );
  }
  if (match.isError) {
    return (
      <div className="space-y-3">
        <ErrorAlert>{errorMessage(match.error)}</ErrorAlert>
        <Button variant="secondary" onClick={() => void match.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  return <MatchReport match={match.data} heading={heading} />;
}
