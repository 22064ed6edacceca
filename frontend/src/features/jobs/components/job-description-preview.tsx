import { Save } from 'lucide-react';
import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';

import type { ParsedJob } from '../api/preview-job-description';
import { MAX_TITLE_LENGTH } from '../lib/job-format';
import { ParsedJobSummary } from './parsed-job-summary';

/** What was read from a pasted description, with the title it will be saved under (editable). */
export function JobDescriptionPreview({
  parsed,
  initialTitle,
  isSaving,
  onSave,
}: {
  parsed: ParsedJob;
  initialTitle: string;
  isSaving: boolean;
  onSave: (title: string | null) => void;
}) {
  const [title, setTitle] = useState(initialTitle);
  const tooLong = title.trim().length > MAX_TITLE_LENGTH;
  return (
    <section
      aria-labelledby="jd-preview-heading"
      className="space-y-4 rounded-xl border border-indigo-200 bg-indigo-50/40 p-5"
    >
      <div>
        <h3 id="jd-preview-heading" className="font-semibold text-neutral-900">
          What we found
        </h3>
        <p className="text-sm text-neutral-600">Check it, then save the description to match your resume against it.</p>
      </div>
      <FormField
        label="Save as"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        placeholder="e.g. Mechanical Design Engineer"
        hint={
          parsed.title
            ? 'The job title in the posting. Change it if it is not right.'
            : 'No job title found in the posting: name it so you can find it again.'
        }
        error={tooLong ? `Use at most ${MAX_TITLE_LENGTH} characters.` : undefined}
      />
      <ParsedJobSummary parsed={parsed} headingLevel="h3" />
      <Button onClick={() => onSave(title.trim() || null)} disabled={tooLong} isLoading={isSaving}>
        {isSaving ? null : <Save aria-hidden="true" className="size-4" />}
        {isSaving ? 'Saving…' : 'Save'}
      </Button>
    </section>
  );
}
