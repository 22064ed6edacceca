import { useNavigate, useParams } from 'react-router';

import { PageTitle } from '@/components/layout/page-title';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ListSkeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { ProtectedRoute } from '@/features/auth/components/protected-route';
import { useInterview } from '@/features/interviews/api/get-interview';
import { FocusFrame } from '@/features/interviews/components/focus-frame';
import { InterviewRoom } from '@/features/interviews/components/interview-room';
import { ApiError, errorMessage } from '@/lib/api-error';

function InterviewPage() {
  const { interviewId = '' } = useParams();
  const interview = useInterview(interviewId);
  const navigate = useNavigate();

  if (interview.isPending) {
    return (
      <FocusFrame>
        <PageTitle title="Interview" />
        <ListSkeleton rows={3} label="Loading the interview…" />
      </FocusFrame>
    );
  }
  if (interview.isError) {
    const notFound = interview.error instanceof ApiError && interview.error.status === 404;
    return (
      <FocusFrame>
        <PageTitle title={notFound ? 'Interview not found' : 'Interview'} />
        <h1 className="mb-4 text-2xl font-semibold text-neutral-900">
          {notFound ? 'Interview not found' : 'Interview'}
        </h1>
        <div className="space-y-3">
          <ErrorAlert>
            {notFound ? 'This interview does not exist, or it is not yours.' : errorMessage(interview.error)}
          </ErrorAlert>
          {notFound ? null : (
            <Button variant="secondary" onClick={() => void interview.refetch()}>
              Try again
            </Button>
          )}
        </div>
      </FocusFrame>
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

/** The interview room, signed in and in focus: the app's navigation stays out of the way. */
export default function InterviewRoute() {
  return (
    <ProtectedRoute loginPath={paths.login}>
      <InterviewPage />
    </ProtectedRoute>
  );
}
