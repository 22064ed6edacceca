import { FileText } from 'lucide-react';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ListSkeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-error';

import { useResumes } from '../api/get-resumes';
import { ResumeListItem } from './resume-list-item';

export function ResumeList() {
  const resumes = useResumes();
  return (
    <section aria-labelledby="my-resumes-heading" className="space-y-4">
      <h2 id="my-resumes-heading" className="text-lg font-semibold text-neutral-900">
        My resumes
      </h2>
      {resumes.isPending ? <ListSkeleton label="Loading your resumes…" /> : null}
      {resumes.isError ? (
        <div className="space-y-3">
          <ErrorAlert>{errorMessage(resumes.error)}</ErrorAlert>
          <Button variant="secondary" onClick={() => void resumes.refetch()}>
            Try again
          </Button>
        </div>
      ) : null}
      {resumes.data?.length === 0 ? (
        <div className="rounded-2xl border border-dashed border-neutral-300 bg-white px-6 py-10 text-center">
          <FileText aria-hidden="true" className="mx-auto size-8 text-neutral-400" />
          <p className="mt-3 font-medium text-neutral-900">No resumes yet</p>
          <p className="mt-1 text-sm text-neutral-600">
            Upload one above: we read your skills, experience and education so interviews and job matches fit you.
          </p>
        </div>
      ) : null}
      {resumes.data && resumes.data.length > 0 ? (
        <ul className="space-y-3">
          {resumes.data.map((resume) => (
            <ResumeListItem key={resume.id} resume={resume} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
