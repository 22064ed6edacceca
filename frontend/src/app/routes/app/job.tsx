import { ArrowLeft, MessagesSquare } from 'lucide-react';
import { Link, useParams } from 'react-router';

import { PageTitle } from '@/components/layout/page-title';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ListSkeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useJob } from '@/features/jobs/api/get-job';
import { JobDescriptionText, JobHeader, JobRequirements } from '@/features/jobs/components/job-detail';
import { ResumeMatch } from '@/features/matching/components/resume-match';
import { useDefaultResume } from '@/features/resumes/api/get-resumes';
import { DefaultResumeHint } from '@/features/resumes/components/default-resume-hint';
import { ApiError, errorMessage } from '@/lib/api-error';

function BackLink() {
  return (
    <Link
      to={paths.app.jobs}
      className="mb-4 inline-flex items-center gap-1 text-sm font-medium text-indigo-700 hover:underline"
    >
      <ArrowLeft aria-hidden="true" className="size-4" />
      All jobs
    </Link>
  );
}

const MATCH_CARD = 'rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm';

function YourMatch({ jobId }: { jobId: string }) {
  const defaultResume = useDefaultResume();
  let content;
  if (defaultResume.isPending) content = <Spinner label="Loading your resumes…" />;
  else if (defaultResume.isError) content = <ErrorAlert>{errorMessage(defaultResume.error)}</ErrorAlert>;
  else if (!defaultResume.data) content = <DefaultResumeHint>to see how well you match this job.</DefaultResumeHint>;
  else {
    // The report is itself the region "Your match": a second one around it would repeat the landmark.
    return (
      <div className={MATCH_CARD}>
        <ResumeMatch resumeId={defaultResume.data.id} target={{ job_id: jobId }} heading="Your match" />
        <p className="mt-4 text-xs text-neutral-500">
          Matched against{' '}
          <Link
            to={paths.app.resume.to(defaultResume.data.id)}
            className="font-medium text-indigo-700 underline underline-offset-2"
          >
            {defaultResume.data.filename}
          </Link>
          , your default resume.
        </p>
      </div>
    );
  }
  return (
    <section aria-label="Your match" className={MATCH_CARD}>
      {content}
    </section>
  );
}

export default function JobRoute() {
  const { jobId = '' } = useParams();
  const job = useJob(jobId);

  if (job.isPending) {
    return (
      <>
        <PageTitle title="Job" />
        <BackLink />
        <ListSkeleton rows={3} label="Loading the job…" />
      </>
    );
  }
  if (job.isError) {
    const notFound = job.error instanceof ApiError && job.error.status === 404;
    return (
      <>
        <PageTitle title={notFound ? 'Job not found' : 'Job'} />
        <BackLink />
        <h1 className="mb-4 text-2xl font-semibold text-neutral-900">{notFound ? 'Job not found' : 'Job'}</h1>
        <ErrorAlert>{notFound ? 'This job is no longer in the catalogue.' : errorMessage(job.error)}</ErrorAlert>
      </>
    );
  }

  return (
    <>
      <PageTitle title={`${job.data.title} at ${job.data.company}`} />
      <BackLink />
      <div className="space-y-6">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <JobHeader job={job.data} />
          <Button asChild>
            <Link to={paths.app.newInterview.to(job.data.id)}>
              <MessagesSquare aria-hidden="true" className="size-4" />
              Practise for this job
            </Link>
          </Button>
        </div>
        <YourMatch jobId={job.data.id} />
        <div className="grid gap-6 lg:grid-cols-5">
          <div className="lg:col-span-3">
            <JobDescriptionText job={job.data} />
          </div>
          <div className="lg:col-span-2">
            <JobRequirements job={job.data} />
          </div>
        </div>
      </div>
    </>
  );
}
