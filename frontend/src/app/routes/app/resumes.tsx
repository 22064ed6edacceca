import { PageHeader } from '@/components/layout/page-header';
import { ResumeList } from '@/features/resumes/components/resume-list';
import { ResumeUpload } from '@/features/resumes/components/resume-upload';

export default function ResumesRoute() {
  return (
    <>
      <PageHeader
        title="Resumes"
        description="Upload your resume and check what we read from it. Your default resume is the one jobs are matched against."
      />
      <div className="space-y-8">
        <ResumeUpload />
        <ResumeList />
      </div>
    </>
  );
}
