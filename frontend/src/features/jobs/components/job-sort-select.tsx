import { useId } from 'react';

import { Select } from '@/components/ui/select';

import type { JobSort } from '../hooks/use-job-search-params';

const LABELS: Record<JobSort, string> = {
  match: 'Best match for my resume',
  relevance: 'Most relevant',
  newest: 'Newest',
};

/** The order of the results; "best match" only when there is a resume to match. */
export function JobSortSelect({
  value,
  canMatch,
  onChange,
}: {
  value: JobSort;
  canMatch: boolean;
  onChange: (sort: JobSort) => void;
}) {
  const id = useId();
  const options: JobSort[] = canMatch ? ['match', 'relevance', 'newest'] : ['relevance', 'newest'];
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm whitespace-nowrap text-neutral-600">
        Sort by
      </label>
      <Select
        id={id}
        value={value}
        className="h-9 w-auto"
        onChange={(event) => onChange(event.target.value as JobSort)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {LABELS[option]}
          </option>
        ))}
      </Select>
    </div>
  );
}
