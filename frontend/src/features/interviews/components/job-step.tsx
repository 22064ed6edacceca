import { Link } from 'react-router';

import { ErrorAlert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { ListSkeleton } from '@/components/ui/skeleton';
import { Textarea } from '@/components/ui/textarea';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';

import { useJobDescriptionChoices, type JobDescriptionChoice } from '../api/get-job-description-choices';
import type { JobChoiceState, JobSource, PickedJob } from '../lib/wizard';
import { ChoiceCard } from './choice-card';
import { JobCatalogPicker } from './job-catalog-picker';

const SOURCES: { value: JobSource; label: string; description: string }[] = [
  { value: 'catalog', label: 'A job from the catalogue', description: 'Search our job listings.' },
  { value: 'saved', label: 'A saved job description', description: 'One you pasted on the Job descriptions page.' },
  { value: 'text', label: 'Paste a job description', description: 'Any posting, just for this interview.' },
  { value: 'none', label: 'No particular job', description: 'Questions for the role in general.' },
];

function descriptionTitle(description: JobDescriptionChoice) {
  return description.title ?? description.parsed.title ?? 'Untitled job description';
}

function SavedDescriptions({ selected, onSelect }: { selected: PickedJob | null; onSelect: (job: PickedJob) => void }) {
  const descriptions = useJobDescriptionChoices();
  if (descriptions.isPending) return <ListSkeleton rows={2} label="Loading your job descriptions…" />;
  if (descriptions.isError) return <ErrorAlert>{errorMessage(descriptions.error)}</ErrorAlert>;
  if (descriptions.data.length === 0) {
    return (
      <p className="text-sm text-neutral-600">
        You have no saved job descriptions.{' '}
        <Link to={paths.app.jobDescriptions} className="font-medium text-indigo-700 underline underline-offset-2">
          Save one
        </Link>{' '}
        or paste the text here instead.
      </p>
    );
  }
  return (
    <fieldset className="space-y-2">
      <legend className="sr-only">Saved job descriptions</legend>
      {descriptions.data.map((description) => (
        <ChoiceCard
          key={description.id}
          name="saved-job"
          value={description.id}
          checked={selected?.id === description.id}
          onChange={() =>
            // No title, no role to prefill: "Untitled job description" is a label, not a role.
            onSelect({
              id: description.id,
              title: description.title ?? description.parsed.title ?? '',
              seniority: description.parsed.seniority ?? null,
            })
          }
          label={descriptionTitle(description)}
          description={description.text.slice(0, 140) + (description.text.length > 140 ? '…' : '')}
        />
      ))}
    </fieldset>
  );
}

interface JobStepProps {
  value: JobChoiceState;
  onChange: (job: JobChoiceState) => void;
  errors: Record<string, string>;
}

export function JobStep({ value, onChange, errors }: JobStepProps) {
  return (
    <div className="space-y-6">
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-3 text-sm text-neutral-600">What job are you preparing for?</legend>
        {SOURCES.map((source) => (
          <ChoiceCard
            key={source.value}
            name="job-source"
            value={source.value}
            checked={value.source === source.value}
            onChange={() => onChange({ ...value, source: source.value })}
            label={source.label}
            description={source.description}
          />
        ))}
      </fieldset>
      {value.source === 'catalog' ? (
        <JobCatalogPicker selected={value.catalogJob} onSelect={(job) => onChange({ ...value, catalogJob: job })} />
      ) : null}
      {value.source === 'saved' ? (
        <SavedDescriptions selected={value.savedJob} onSelect={(job) => onChange({ ...value, savedJob: job })} />
      ) : null}
      {value.source === 'text' ? (
        <Field
          label="Job description text"
          hint="Paste the whole posting: requirements and responsibilities."
          error={errors.jdText}
        >
          {(fieldProps) => (
            <Textarea
              rows={8}
              value={value.text}
              onChange={(event) => onChange({ ...value, text: event.target.value })}
              {...fieldProps}
            />
          )}
        </Field>
      ) : null}
      {errors.job ? <ErrorAlert>{errors.job}</ErrorAlert> : null}
    </div>
  );
}
