import { Search } from 'lucide-react';
import { useForm } from 'react-hook-form';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';

import { emptyFilters, type JobFilters } from '../hooks/use-job-search-params';
import { JOB_TYPE_LABELS, JOB_TYPES } from '../lib/job-format';

function trimmed(values: JobFilters): JobFilters {
  return {
    q: values.q.trim(),
    location: values.location.trim(),
    job_type: values.job_type,
    skills: values.skills.trim(),
    salary_min: values.salary_min.trim(),
  };
}

/**
 * The URL is the state: `filters` come from it, and the form follows when it changes (back and
 * forward, "Clear") without remounting, so keyboard focus stays where it was.
 */
export function JobSearchForm({ filters, onSearch }: { filters: JobFilters; onSearch: (filters: JobFilters) => void }) {
  const { register, handleSubmit, setFocus } = useForm<JobFilters>({ values: filters });
  const onSubmit = handleSubmit((values) => onSearch(trimmed(values)));
  const hasFilters = Object.values(filters).some(Boolean);

  return (
    <form
      role="search"
      aria-label="Search jobs"
      onSubmit={onSubmit}
      className="space-y-4 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm"
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <FormField label="Keywords" type="search" placeholder="Title, skill or company" {...register('q')} />
        </div>
        <Button type="submit">
          <Search aria-hidden="true" className="size-4" />
          Search
        </Button>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FormField label="Location" placeholder="City or Remote" {...register('location')} />
        <Field label="Job type">
          {(control) => (
            // A choice in a list applies at once, like the Search button.
            <Select {...control} {...register('job_type', { onChange: () => void onSubmit() })}>
              <option value="">Any type</option>
              {JOB_TYPES.map((type) => (
                <option key={type} value={type}>
                  {JOB_TYPE_LABELS[type]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <FormField label="Skills" placeholder="Python, Docker" hint="Separate with commas." {...register('skills')} />
        <FormField
          label="Minimum salary"
          type="number"
          inputMode="numeric"
          min={0}
          step={1000}
          {...register('salary_min')}
        />
      </div>
      {hasFilters ? (
        <Button
          type="button"
          variant="link"
          size="sm"
          className="px-0"
          onClick={() => {
            onSearch(emptyFilters);
            setFocus('q'); // This button goes away with the filters.
          }}
        >
          Clear search and filters
        </Button>
      ) : null}
    </form>
  );
}
