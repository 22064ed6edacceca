import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/layout/page-header';
import { NewInterviewWizard } from '@/features/interviews/components/new-interview-wizard';

export default function NewInterviewRoute() {
  const [searchParams] = useSearchParams();
  const jobId = searchParams.get('job_id');
  return (
    <>
      <PageHeader
        title="New interview"
        description="Tell us what you are preparing for. The questions are tailored to your resume and the job."
      />
      {/* Keyed by the job: a new ?job_id= starts the wizard over with that job. */}
      <NewInterviewWizard key={jobId ?? ''} jobId={jobId} />
    </>
  );
}
