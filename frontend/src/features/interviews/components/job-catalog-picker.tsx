import { Search } from 'lucide-react';
import { useId, useState } from 'react';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Pagination } from '@/components/ui/pagination';
import { ListSkeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-error';

import { JOB_CHOICES_PAGE_SIZE, useJobChoices } from '../api/search-job-choices';
import { toPickedJob, type PickedJob } from '../lib/wizard';
import { ChoiceCard } from './choice-card';

interface JobCatalogPickerProps {
  selected: PickedJob | null;
  onSelect: (job: PickedJob) => void;
}

/** Search the job catalog and pick one job. */
export function JobCatalogPicker({ selected, onSelect }: JobCatalogPickerProps) {
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState({ q: '', page: 1 });
  const jobs = useJobChoices(search.q, search.page);
  const pageCount = jobs.data ? Math.max(1, Math.ceil(jobs.data.total / JOB_CHOICES_PAGE_SIZE)) : 1;
  const onPage = jobs.data?.items ?? [];
  const selectedElsewhere = selected && !onPage.some((job) => job.id === selected.id);

  return (
    <div className="space-y-4">
      <form
        role="search"
        aria-label="Search the job catalogue"
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch({ q: draft.trim(), page: 1 });
        }}
      >
        <div className="min-w-48 flex-1 space-y-1.5">
          <Label htmlFor={inputId}>Search jobs</Label>
          <Input
            id={inputId}
            value={draft}
            placeholder="e.g. backend, data analyst"
            onChange={(event) => setDraft(event.target.value)}
          />
        </div>
        <Button type="submit" variant="secondary">
          <Search aria-hidden="true" className="size-4" />
          Search
        </Button>
      </form>
      {selectedElsewhere ? (
        <ChoiceCard
          name="catalog-job"
          value={selected.id}
          checked
          onChange={() => onSelect(selected)}
          label={selected.title}
          description={selected.detail}
        />
      ) : null}
      {jobs.isPending ? <ListSkeleton rows={2} label="Searching jobs…" /> : null}
      {jobs.isError ? <ErrorAlert>{errorMessage(jobs.error)}</ErrorAlert> : null}
      {jobs.data ? (
        <div className="space-y-3" aria-busy={jobs.isFetching || undefined}>
          <p role="status" className="text-sm text-neutral-600">
            {jobs.data.total === 1 ? '1 job found' : `${jobs.data.total} jobs found`}
          </p>
          {onPage.length > 0 ? (
            <fieldset className="space-y-2">
              <legend className="sr-only">Jobs</legend>
              {onPage.map((job) => (
                <ChoiceCard
                  key={job.id}
                  name="catalog-job"
                  value={job.id}
                  checked={selected?.id === job.id}
                  onChange={() => onSelect(toPickedJob(job))}
                  label={job.title}
                  description={`${job.company} · ${job.location}`}
                />
              ))}
            </fieldset>
          ) : null}
          {pageCount > 1 ? (
            <Pagination
              page={search.page}
              pageCount={pageCount}
              label="Job results pages"
              onPageChange={(page) => setSearch((current) => ({ ...current, page }))}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
