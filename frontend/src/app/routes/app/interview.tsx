import { ArrowLeft } from 'lucide-react';
import { Link, useNavigate, useParams } from 'react-router';

import { PageTitle } from '@/components/layout/page-title';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ListSkeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { useInterview } from '@/features/interviews/api/get-interview';
import { InterviewRoom } from '@/features/interviews/components/interview-room';
import { ApiError, errorMessage } from '@/lib/api-error';

function BackLink() {
  return (
    <Link to={paths.app.interviews} className="mb-4 inline-flex items-center gap-1 text-sm font-medium text-indigo-700 hover:underline">
      <ArrowLeft aria-hidden="true" className="size-4" />
      All interviews
    </Link>
  );
}

export default function InterviewRoute() {
  const { interviewId = '' } = useParams();
  const interview = useInterview(interviewId);
  const navigate = useNavigate();

  if (interview.isPending) {
    return (
      <>
        <PageTitle title="Interview" />
        <ListSkeleton rows={3} label="Loading the interview…" />
      </>
    );
  }
  if (interview.isError) {
    const notFound = interview.error instanceof ApiError && interview.error.status === 404;
    return (
      <>
        <PageTitle title={notFound ? 'Interview not found' : 'Interview'} />
        <BackLink />
        <h1 className="mb-4 text-2xl font-semibold text-neutral-900">{notFound ? 'Interview not found' : 'Interview'}</h1>
        <div className="space-y-3">
          <ErrorAlert>{notFound ? 'This interview does not exist, or it is not yours.' : errorMessage(interview.error)}</ErrorAlert>
          {notFound ? null : (
            <Button variant="secondary" onClick={() => void interview.refetch()}>
              Try again
            </Button>
          )}
        </div>
      </>
    );
  }

  return (
    <>
      <PageTitle title={`${interview.data.role} interview`} />
      <InterviewRoom
        interview={interview.data}
        fetchedAt={interview.dataUpdatedAt}
        onFinished={(finished) => void navigate(paths.app.interviewResults.to(finished.id))}
      />
    </>
  );
}
