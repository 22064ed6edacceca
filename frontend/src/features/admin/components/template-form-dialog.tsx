import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';

import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { errorMessage } from '@/lib/api-error';

import { useCreateTemplate } from '../api/create-template';
import type { Template } from '../api/get-templates';
import { useUpdateTemplate } from '../api/update-template';
import { SENIORITIES, SENIORITY_LABELS } from '../lib/labels';
import {
  apiFieldErrors,
  emptyTemplate,
  templateSchema,
  toTemplateBody,
  toTemplateValues,
  type TemplateValues,
} from '../lib/template-form';

function TemplateForm({ template, onDone }: { template?: Template; onDone: () => void }) {
  const form = useForm<TemplateValues>({
    resolver: zodResolver(templateSchema),
    defaultValues: template ? toTemplateValues(template) : emptyTemplate,
  });
  const create = useCreateTemplate();
  const update = useUpdateTemplate();
  const isPending = create.isPending || update.isPending;
  const {
    register,
    formState: { errors },
  } = form;

  const onSubmit = form.handleSubmit((values) => {
    const body = toTemplateBody(values);
    const callbacks = {
      onSuccess: (saved: Template) => {
        toast.success(`Saved the template “${saved.name}”.`);
        onDone();
      },
      onError: (error: unknown) => {
        // Invalid fields are shown beside the field they are about; anything else once, as a toast.
        const fields = apiFieldErrors(error);
        if (fields.length === 0) toast.error(errorMessage(error));
        for (const { field, message } of fields) form.setError(field, { message }, { shouldFocus: true });
      },
    };
    if (template) update.mutate({ templateId: template.id, changes: body }, callbacks);
    else create.mutate(body, callbacks);
  });

  const number = { valueAsNumber: true } as const;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={template ? 'Edit template' : 'New template'} className="space-y-5">
      <FormField label="Name" error={errors.name?.message} {...register('name')} />
      <Field label="Description (optional)" error={errors.description?.message}>
        {(fieldProps) => <Textarea rows={2} {...fieldProps} {...register('description')} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label="Role (optional)"
          hint="e.g. Backend engineer."
          error={errors.role?.message}
          {...register('role')}
        />
        <Field label="Seniority (optional)" error={errors.seniority?.message}>
          {(fieldProps) => (
            <Select {...fieldProps} {...register('seniority')}>
              <option value="">Any</option>
              {SENIORITIES.map((level) => (
                <option key={level} value={level}>
                  {SENIORITY_LABELS[level]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-neutral-800">Questions by category</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <FormField
            label="Behavioural"
            type="number"
            min={0}
            max={20}
            error={errors.behavioral?.message}
            {...register('behavioral', number)}
          />
          <FormField
            label="Technical"
            type="number"
            min={0}
            max={20}
            error={errors.technical?.message}
            {...register('technical', number)}
          />
          <FormField
            label="Situational"
            type="number"
            min={0}
            max={20}
            error={errors.situational?.message}
            {...register('situational', number)}
          />
        </div>
      </fieldset>
      <FormField
        label="Coding problems"
        type="number"
        min={0}
        max={3}
        hint="From 0 to 3, chosen from the problem bank for the role and seniority when an interview is made; asked after the opening question, then the rest."
        error={errors.coding_problems?.message}
        {...register('coding_problems', number)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label="Seconds per question"
          type="number"
          min={30}
          max={1800}
          hint="From 30 to 1,800."
          error={errors.time_per_question_s?.message}
          {...register('time_per_question_s', number)}
        />
        <label className="flex items-center gap-2 self-center text-sm text-neutral-800">
          <input type="checkbox" className="size-4 accent-indigo-600" {...register('follow_ups')} />
          Ask follow-up questions
        </label>
      </div>
      <div className="flex justify-end gap-3 border-t border-neutral-100 pt-4">
        <Button type="button" variant="secondary" disabled={isPending} onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" isLoading={isPending}>
          {template ? 'Save template' : 'Add template'}
        </Button>
      </div>
    </form>
  );
}

interface TemplateFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  template?: Template;
}

export function TemplateFormDialog({ open, onOpenChange, template }: TemplateFormDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={template ? 'Edit template' : 'New template'}
      description="Candidates can start an interview from a template: its mix of questions, time and follow-ups."
    >
      <TemplateForm key={template?.id ?? 'new'} template={template} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}
