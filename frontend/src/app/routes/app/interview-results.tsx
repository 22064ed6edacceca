import { ArrowLeft, RotateCcw } from 'lucide-react';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';

import { PageTitle } from '@/components/layout/page-title';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ListSkeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { StartDrillButton } from '@/features/practice/components/start-drill-button';
import { useResults } from '@/features/results/api/get-results';
import { ReportDownloadButton } from '@/features/results/components/report-download-button';
import { ResultsView } from '@/features/results/components/results-view';
import { ShareLinks } from '@/features/results/components/share-links';
import { ApiError, errorMessage } from '@/lib/api-error';
import { firstRun } from '@/lib/first-run';

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

/** A new interview with the same job, role, template and format, ready to review and create. */
function PractiseAgain({ interviewId }: { interviewId: string }) {
  return (
    <Button asChild variant="secondary">
      <Link to={paths.app.newInterview.from(interviewId)}>
        <RotateCcw aria-hidden="true" className="size-4" />
        Practise again
      </Link>
    </Button>
  );
}

export default function InterviewResultsRoute() {
  const { interviewId = '' } = useParams();
  const results = useResults(interviewId);
  const me = useMe().data;
  const isAdmin = me?.role === 'admin';
  const ready = results.data?.status === 'ready';
  useEffect(() => {
    if (me && !isAdmin && ready) firstRun.markReviewed(me.id);
  }, [me, isAdmin, ready]);

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
        <h1 className="mb-4 text-2xl font-semibold text-neutral-900">
          {status === 404 ? 'Interview not found' : 'Results'}
        </h1>
        <div className="space-y-3">
          {status === 409 ? (
            <>
              <ErrorAlert>This interview is not finished yet: results are ready once it is.</ErrorAlert>
              <Button asChild variant="secondary">
                <Link to={paths.app.interview.to(interviewId)}>Go to the interview</Link>
              </Button>
            </>
          ) : (
            <ErrorAlert>
              {status === 404 ? 'This interview does not exist, or it is not yours.' : errorMessage(results.error)}
            </ErrorAlert>
          )}
        </div>
      </>
    );
  }

  return (
    <>
      <PageTitle title={`Results: ${results.data.interview.role}`} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <BackLink isAdmin={isAdmin} />
        <div className="mb-4 flex flex-wrap gap-3">
          <ReportDownloadButton interviewId={interviewId} role={results.data.interview.role} />
          {isAdmin ? null : <PractiseAgain interviewId={interviewId} />}
        </div>
      </div>
      <ResultsView
        results={results.data}
        showCandidate={isAdmin}
        weaknessAction={
          isAdmin || !ready ? null : <StartDrillButton interviewId={interviewId}>Drill these</StartDrillButton>
        }
      />
      {isAdmin ? null : (
        <div className="mt-8">
          <ShareLinks interviewId={interviewId} />
        </div>
      )}
    </>
  );
}
