import { SearchX } from 'lucide-react';
import type { ReactNode } from 'react';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { ListSkeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-error';
import { plural } from '@/lib/plural';

import { useJobSearch, type Job, type JobSearchParams } from '../api/search-jobs';
import { JobCard } from './job-card';

interface JobSearchResultsProps {
  params: JobSearchParams;
  onPageChange: (page: number) => void;
  /** A match badge for each job (composed by the page, from another feature). */
  renderMatch?: (job: Job) => ReactNode;
  /** Controls beside the heading, such as the order. */
  actions?: ReactNode;
}

function resultCount(total: number) {
  return `${plural(total, 'job')} found`;
}

export function JobSearchResults({ params, onPageChange, renderMatch, actions }: JobSearchResultsProps) {
  const search = useJobSearch(params);

  if (search.isPending) return <ListSkeleton rows={4} label="Searching jobs…" />;
  if (search.isError) {
    return (
      <div className="space-y-3">
        <ErrorAlert>{errorMessage(search.error)}</ErrorAlert>
        <Button variant="secondary" onClick={() => void search.refetch()}>
          Try again
        </Button>
      </div>
    );
  }

  const { items, total, page, page_size: pageSize } = search.data;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return (
    <section
      aria-labelledby="job-results-heading"
      aria-busy={search.isPlaceholderData || undefined}
      className="space-y-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-baseline gap-3">
          <h2 id="job-results-heading" className="text-lg font-semibold text-neutral-900">
            Results
          </h2>
          <p role="status" aria-live="polite" className="text-sm text-neutral-600">
            {search.isPlaceholderData ? 'Searching…' : resultCount(total)}
          </p>
        </div>
        {actions}
      </div>
      {items.length === 0 ? (
        <div className="rounded-2xl border border-dashed border-neutral-300 bg-white px-6 py-10 text-center">
          <SearchX aria-hidden="true" className="mx-auto size-8 text-neutral-400" />
          <p className="mt-3 font-medium text-neutral-900">No jobs match this search</p>
          <p className="mt-1 text-sm text-neutral-600">Try fewer words, or remove a filter.</p>
        </div>
      ) : (
        <ul className="space-y-3">
          {items.map((job) => (
            <li key={job.id}>
              <JobCard job={job} match={renderMatch?.(job)} />
            </li>
          ))}
        </ul>
      )}
      {total > pageSize ? (
        <Pagination page={page} pageCount={pageCount} onPageChange={onPageChange} label="Search results pages" />
      ) : null}
    </section>
  );
}
