import { Plus, Trash2 } from 'lucide-react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';

import { emptyExperience, type ProfileValues } from '../lib/profile-form';

function ExperienceEntry({ index, onRemove }: { index: number; onRemove: () => void }) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<ProfileValues>();
  const entryErrors = errors.experience?.[index];
  const current = useWatch({ control, name: `experience.${index}.current` });
  const title = useWatch({ control, name: `experience.${index}.title` });
  const legend = `Experience ${index + 1}`;
  return (
    <fieldset className="space-y-4 rounded-xl border border-neutral-200 p-4">
      <legend className="px-1 text-sm font-semibold text-neutral-900">
        {legend}
        {title ? <span className="font-normal text-neutral-600">: {title}</span> : null}
      </legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Job title" error={entryErrors?.title?.message} {...register(`experience.${index}.title`)} />
        <FormField label="Company" error={entryErrors?.company?.message} {...register(`experience.${index}.company`)} />
        <FormField
          label="Start"
          placeholder="YYYY-MM"
          hint="YYYY-MM or YYYY"
          error={entryErrors?.start?.message}
          {...register(`experience.${index}.start`)}
        />
        <div className="space-y-2">
          {current ? (
            <div className="space-y-1.5">
              <p className="text-sm font-medium text-neutral-800">End</p>
              <p className="flex h-10 items-center text-sm text-neutral-600">Present</p>
            </div>
          ) : (
            <FormField
              label="End"
              placeholder="YYYY-MM"
              error={entryErrors?.end?.message}
              {...register(`experience.${index}.end`)}
            />
          )}
          <label className="flex items-center gap-2 text-sm text-neutral-800">
            <input
              type="checkbox"
              className="size-4 rounded border-neutral-300 accent-indigo-600"
              {...register(`experience.${index}.current`)}
            />
            I work here now
          </label>
        </div>
      </div>
      <Field label="Highlights" hint="One per line.">
        {(control) => <Textarea rows={4} {...control} {...register(`experience.${index}.highlights`)} />}
      </Field>
      <Button type="button" variant="ghost" size="sm" className="text-red-700 hover:bg-red-50" onClick={onRemove}>
        <Trash2 aria-hidden="true" className="size-4" />
        Remove experience {index + 1}
      </Button>
    </fieldset>
  );
}

export function ExperienceFields() {
  const { control } = useFormContext<ProfileValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'experience' });
  return (
    <div className="space-y-4">
      {fields.length === 0 ? <p className="text-sm text-neutral-600">No experience entries.</p> : null}
      {fields.map((field, index) => (
        <ExperienceEntry key={field.id} index={index} onRemove={() => remove(index)} />
      ))}
      <Button type="button" variant="secondary" onClick={() => append(emptyExperience)}>
        <Plus aria-hidden="true" className="size-4" />
        Add experience
      </Button>
    </div>
  );
}
