import { useQueryClient } from '@tanstack/react-query';
import { ArrowLeft } from 'lucide-react';
import { Link, useParams } from 'react-router';

import { PageTitle } from '@/components/layout/page-title';
import { ErrorAlert } from '@/components/ui/alert';
import { ListSkeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { matchesQueryKey } from '@/features/matching/api/match-resume';
import { useResume } from '@/features/resumes/api/get-resume';
import { ResumeOverview } from '@/features/resumes/components/resume-overview';
import { ResumeProfileForm } from '@/features/resumes/components/resume-profile-form';
import { ApiError, errorMessage } from '@/lib/api-error';

function BackLink() {
  return (
    <Link
      to={paths.app.resumes}
      className="mb-4 inline-flex items-center gap-1 text-sm font-medium text-indigo-700 hover:underline"
    >
      <ArrowLeft aria-hidden="true" className="size-4" />
      All resumes
    </Link>
  );
}

export default function ResumeRoute() {
  const { resumeId = '' } = useParams();
  const resume = useResume(resumeId);
  const queryClient = useQueryClient();

  if (resume.isPending) {
    return (
      <>
        <PageTitle title="Resume" />
        <BackLink />
        <ListSkeleton rows={4} label="Loading the resume…" />
      </>
    );
  }
  if (resume.isError) {
    const notFound = resume.error instanceof ApiError && resume.error.status === 404;
    return (
      <>
        <PageTitle title={notFound ? 'Resume not found' : 'Resume'} />
        <BackLink />
        <h1 className="mb-4 text-2xl font-semibold text-neutral-900">{notFound ? 'Resume not found' : 'Resume'}</h1>
        <ErrorAlert>
          {notFound ? 'This resume does not exist, or it was deleted.' : errorMessage(resume.error)}
        </ErrorAlert>
      </>
    );
  }

  return (
    <>
      <PageTitle title={resume.data.filename} />
      <BackLink />
      <div className="mb-6 space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight break-all text-neutral-900 sm:text-3xl">
          {resume.data.filename}
        </h1>
        <ResumeOverview resume={resume.data} />
      </div>
      <ResumeProfileForm
        key={resume.data.id}
        resume={resume.data}
        // Matches computed from the old skills and experience are now wrong.
        onSaved={() => void queryClient.invalidateQueries({ queryKey: matchesQueryKey })}
      />
    </>
  );
}
