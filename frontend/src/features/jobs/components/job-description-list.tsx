import { ClipboardList } from 'lucide-react';
import type { ReactNode } from 'react';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ListSkeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-error';

import { useJobDescriptions, type JobDescription } from '../api/get-job-descriptions';
import { JobDescriptionItem } from './job-description-item';

export function JobDescriptionList({ renderMatch }: { renderMatch: (description: JobDescription) => ReactNode }) {
  const descriptions = useJobDescriptions();
  return (
    <section aria-labelledby="saved-jds-heading" className="space-y-4">
      <h2 id="saved-jds-heading" className="text-lg font-semibold text-neutral-900">
        Saved job descriptions
      </h2>
      {descriptions.isPending ? <ListSkeleton label="Loading your job descriptions…" /> : null}
      {descriptions.isError ? (
        <div className="space-y-3">
          <ErrorAlert>{errorMessage(descriptions.error)}</ErrorAlert>
          <Button variant="secondary" onClick={() => void descriptions.refetch()}>
            Try again
          </Button>
        </div>
      ) : null}
      {descriptions.data?.length === 0 ? (
        <div className="rounded-2xl border border-dashed border-neutral-300 bg-white px-6 py-10 text-center">
          <ClipboardList aria-hidden="true" className="mx-auto size-8 text-neutral-400" />
          <p className="mt-3 font-medium text-neutral-900">No saved job descriptions</p>
          <p className="mt-1 text-sm text-neutral-600">Paste one above to see how your resume matches it.</p>
        </div>
      ) : null}
      {descriptions.data && descriptions.data.length > 0 ? (
        <ul className="space-y-3">
          {descriptions.data.map((description) => (
            <JobDescriptionItem key={description.id} description={description} renderMatch={renderMatch} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
