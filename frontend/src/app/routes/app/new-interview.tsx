import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { NewInterviewWizard } from '@/features/interviews/components/new-interview-wizard';

export default function NewInterviewRoute() {
  const [searchParams] = useSearchParams();
  const jobId = searchParams.get('job_id');
  const jobDescriptionId = searchParams.get('job_description_id');
  const fromInterviewId = searchParams.get('from');
  const session = searchParams.get('session');
  return (
    <>
      <PageHeader
        title="New interview"
        description="Tell us what you are preparing for. The questions are tailored to your resume and the job."
      />
      {/* Keyed by where it was opened from: a new ?job_id= (or ?from=) starts the wizard over. */}
      <NewInterviewWizard
        key={searchParams.toString()}
        jobId={jobId}
        jobDescriptionId={jobDescriptionId}
        fromInterviewId={fromInterviewId}
        session={session}
      />
    </>
  );
}
