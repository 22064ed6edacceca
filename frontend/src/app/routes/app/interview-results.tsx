import { ArrowLeft, RotateCcw } from 'lucide-react';
import { Link, useParams } from 'react-router';

import { PageTitle } from '@/components/layout/page-title';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ListSkeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { useResults } from '@/features/results/api/get-results';
import { ResultsView } from '@/features/results/components/results-view';
import { ApiError, errorMessage } from '@/lib/api-error';

function BackLink({ isAdmin }: { isAdmin: boolean }) {
  return (
    <Link
      to={isAdmin ? paths.app.admin.interviews : paths.app.dashboard}
      className="mb-4 inline-flex items-center gap-1 text-sm font-medium text-indigo-700 hover:underline"
    >
      <ArrowLeft aria-hidden="true" className="size-4" />
      {isAdmin ? 'All interviews' : 'Dashboard'}
    </Link>
  );
}

export default function InterviewResultsRoute() {
  const { interviewId = '' } = useParams();
  const results = useResults(interviewId);
  const isAdmin = useMe().data?.role === 'admin';

  if (results.isPending) {
    return (
      <>
        <PageTitle title="Results" />
        <BackLink isAdmin={isAdmin} />
        <ListSkeleton rows={4} label="Loading the results…" />
      </>
    );
  }
  if (results.isError) {
    const status = results.error instanceof ApiError ? results.error.status : 0;
    return (
      <>
        <PageTitle title="Results" />
        <BackLink isAdmin={isAdmin} />
        <h1 className="mb-4 text-2xl font-semibold text-neutral-900">{status === 404 ? 'Interview not found' : 'Results'}</h1>
        <div className="space-y-3">
          {status === 409 ? (
            <>
              <ErrorAlert>This interview is not finished yet: results are ready once it is.</ErrorAlert>
              <Button asChild variant="secondary">
                <Link to={paths.app.interview.to(interviewId)}>Go to the interview</Link>
              </Button>
            </>
          ) : (
            <ErrorAlert>{status === 404 ? 'This interview does not exist, or it is not yours.' : errorMessage(results.error)}</ErrorAlert>
          )}
        </div>
      </>
    );
  }

  return (
    <>
      <PageTitle title={`Results: ${results.data.interview.role}`} />
      <BackLink isAdmin={isAdmin} />
      <ResultsView results={results.data} showCandidate={isAdmin} />
      {isAdmin ? null : (
        <div className="mt-8">
          <Button asChild variant="secondary">
            <Link to={paths.app.newInterview.to()}>
              <RotateCcw aria-hidden="true" className="size-4" />
              Practise again
            </Link>
          </Button>
        </div>
      )}
    </>
  );
}
