import { zodResolver } from '@hookform/resolvers/zod';
import { ScanSearch } from 'lucide-react';
import { useForm, useWatch } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import { errorMessage } from '@/lib/api-error';

import { useCreateJobDescription } from '../api/create-job-description';
import { usePreviewJobDescription, type JobDescriptionInput } from '../api/preview-job-description';
import { jobDescriptionTitle } from '../lib/job-format';
import { JobDescriptionPreview } from './job-description-preview';

const JD_MIN_LENGTH = 30;

const jobDescriptionSchema = z.object({
  title: z.string().trim().max(200, 'Use at most 200 characters.'),
  text: z
    .string()
    .trim()
    .min(JD_MIN_LENGTH, `Paste at least ${JD_MIN_LENGTH} characters of the job description.`)
    .max(30000, 'The description can be at most 30,000 characters.'),
});

type JobDescriptionValues = z.infer<typeof jobDescriptionSchema>;

function toInput(values: JobDescriptionValues): JobDescriptionInput {
  return { text: values.text.trim(), title: values.title.trim() || null };
}

/** Paste a description, "Analyse" to see what is read from it (and the title it is saved under), then "Save". */
export function JobDescriptionForm() {
  const preview = usePreviewJobDescription();
  const create = useCreateJobDescription();
  const form = useForm<JobDescriptionValues>({
    resolver: zodResolver(jobDescriptionSchema),
    defaultValues: { title: '', text: '' },
  });
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const [text, title] = useWatch({ control, name: ['text', 'title'] });
  // The preview belongs to the text it was made from: editing the text asks for a new analysis.
  const analyzed =
    preview.data && preview.variables?.text === text.trim() && (preview.variables.title ?? '') === title.trim();

  const onAnalyze = form.handleSubmit((values) => {
    preview.mutate(toInput(values), { onError: (error) => toast.error(errorMessage(error)) });
  });

  function onSave(savedTitle: string | null) {
    if (!preview.variables) return;
    create.mutate(
      { text: preview.variables.text, title: savedTitle },
      {
        onSuccess: (saved) => {
          toast.success(`Saved “${jobDescriptionTitle(saved)}”.`);
          form.reset();
          preview.reset();
        },
        onError: (error) => toast.error(errorMessage(error)),
      },
    );
  }

  return (
    <section
      aria-labelledby="new-jd-heading"
      className="space-y-5 rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm"
    >
      <h2 id="new-jd-heading" className="text-lg font-semibold text-neutral-900">
        Add a job description
      </h2>
      <form onSubmit={onAnalyze} noValidate aria-label="Analyse a job description" className="space-y-4">
        <FormField
          label="Title (optional)"
          placeholder="e.g. Backend Engineer at Acme"
          error={errors.title?.message}
          {...register('title')}
        />
        <Field
          label="Job description"
          hint="Paste the whole posting: requirements, responsibilities and nice-to-haves."
          error={errors.text?.message}
        >
          {(fieldProps) => <Textarea rows={10} {...fieldProps} {...register('text')} />}
        </Field>
        <Button type="submit" variant={analyzed ? 'secondary' : 'primary'} isLoading={preview.isPending}>
          {preview.isPending ? null : <ScanSearch aria-hidden="true" className="size-4" />}
          {preview.isPending ? 'Analysing…' : 'Analyse'}
        </Button>
      </form>
      <div aria-live="polite">
        {analyzed ? (
          <JobDescriptionPreview
            // A new analysis starts from the title it found.
            key={preview.submittedAt}
            parsed={preview.data}
            initialTitle={preview.variables?.title ?? preview.data.title ?? ''}
            isSaving={create.isPending}
            onSave={onSave}
          />
        ) : null}
      </div>
    </section>
  );
}
