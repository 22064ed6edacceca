import { PageHeader } from '@/components/layout/page-header';
import { Spinner } from '@/components/ui/spinner';
import type { JobDescription } from '@/features/jobs/api/get-job-descriptions';
import { JobDescriptionForm } from '@/features/jobs/components/job-description-form';
import { JobDescriptionList } from '@/features/jobs/components/job-description-list';
import { ResumeMatch } from '@/features/matching/components/resume-match';
import { useDefaultResume } from '@/features/resumes/api/get-resumes';
import { DefaultResumeHint } from '@/features/resumes/components/default-resume-hint';

function DescriptionMatch({ description }: { description: JobDescription }) {
  const defaultResume = useDefaultResume();
  if (defaultResume.isPending) return <Spinner label="Loading your resumes…" />;
  if (!defaultResume.data) return <DefaultResumeHint>to match it against this description.</DefaultResumeHint>;
  return <ResumeMatch resumeId={defaultResume.data.id} target={{ job_description_id: description.id }} />;
}

export default function JobDescriptionsRoute() {
  return (
    <>
      <PageHeader
        title="Job descriptions"
        description="Paste a job posting from anywhere. We read its requirements, and you can match your default resume against it."
      />
      <div className="space-y-8">
        <JobDescriptionForm />
        <JobDescriptionList renderMatch={(description) => <DescriptionMatch description={description} />} />
      </div>
    </>
  );
}
