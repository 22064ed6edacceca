import { FileText } from 'lucide-react';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ListSkeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { formatDate } from '@/lib/format';

import { useResumeChoices } from '../api/get-resume-choices';
import { ChoiceCard } from './choice-card';

const NONE = 'none';

export function ResumeStep({ value, onChange }: { value: string | null; onChange: (resumeId: string | null) => void }) {
  const resumes = useResumeChoices();
  if (resumes.isPending) return <ListSkeleton rows={2} label="Loading your resumes…" />;
  if (resumes.isError) {
    return (
      <div className="space-y-3">
        <ErrorAlert>{errorMessage(resumes.error)}</ErrorAlert>
        <Button variant="secondary" onClick={() => void resumes.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  return (
    <fieldset className="space-y-3">
      <legend className="mb-3 text-sm text-neutral-600">
        Questions are tailored to the skills and experience on the resume you choose.
      </legend>
      {resumes.data.map((resume) => (
        <ChoiceCard
          key={resume.id}
          name="resume"
          value={resume.id}
          checked={value === resume.id}
          onChange={() => onChange(resume.id)}
          label={
            <>
              <FileText aria-hidden="true" className="size-4 text-neutral-500" />
              {resume.filename}
            </>
          }
          badge={resume.is_default ? <Badge tone="accent">Default</Badge> : null}
          description={`Uploaded ${formatDate(resume.created_at)}`}
        />
      ))}
      <ChoiceCard
        name="resume"
        value={NONE}
        checked={value === null}
        onChange={() => onChange(null)}
        label="No resume"
        description="General questions for the role, not tailored to your background."
      />
      {resumes.data.length === 0 ? (
        <p className="text-sm text-neutral-600">
          You have no resumes yet.{' '}
          <Link to={paths.app.resumes} className="font-medium text-indigo-700 underline underline-offset-2">
            Upload one
          </Link>{' '}
          to get questions about your own experience.
        </p>
      ) : null}
    </fieldset>
  );
}
