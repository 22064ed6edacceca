import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { errorMessage } from '@/lib/api-error';

import type { JobDescription } from '../api/get-job-descriptions';
import { useUpdateJobDescription } from '../api/update-job-description';
import { jobDescriptionTitle, MAX_TITLE_LENGTH } from '../lib/job-format';

function titleError(title: string) {
  if (!title) return 'Give the job description a title.';
  if (title.length > MAX_TITLE_LENGTH) return `Use at most ${MAX_TITLE_LENGTH} characters.`;
  return undefined;
}

/** Rename a saved job description in place; Cancel (or Escape) leaves it as it was. */
export function JobDescriptionRenameForm({ description, onDone }: { description: JobDescription; onDone: () => void }) {
  const [title, setTitle] = useState(description.title ?? description.parsed.title ?? '');
  const [submitted, setSubmitted] = useState(false);
  const update = useUpdateJobDescription();
  const error = titleError(title.trim());

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (error) return;
    if (title.trim() === description.title) return onDone();
    update.mutate(
      { id: description.id, title: title.trim() },
      {
        onSuccess: (saved) => {
          toast.success(`Renamed to “${jobDescriptionTitle(saved)}”.`);
          onDone();
        },
        onError: (failure) => toast.error(errorMessage(failure)),
      },
    );
  }

  return (
    <form
      aria-label={`Rename ${jobDescriptionTitle(description)}`}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
      className="flex flex-wrap items-start gap-2"
    >
      <div className="min-w-56 flex-1">
        <FormField
          label="Title"
          value={title}
          autoFocus
          onChange={(event) => setTitle(event.target.value)}
          error={submitted ? error : undefined}
        />
      </div>
      <div className="flex gap-2 pt-6">
        <Button type="submit" size="sm" isLoading={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save title'}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
