import { Plus, Trash2 } from 'lucide-react';
import { useFieldArray, useFormContext } from 'react-hook-form';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';

import { DEGREE_LEVELS, emptyEducation, type ProfileValues } from '../lib/profile-form';

function EducationEntry({ index, onRemove }: { index: number; onRemove: () => void }) {
  const {
    register,
    formState: { errors },
  } = useFormContext<ProfileValues>();
  const entryErrors = errors.education?.[index];
  return (
    <fieldset className="space-y-4 rounded-xl border border-neutral-200 p-4">
      <legend className="px-1 text-sm font-semibold text-neutral-900">Education {index + 1}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Degree" error={entryErrors?.degree?.message} {...register(`education.${index}.degree`)} />
        <Field label="Level" error={entryErrors?.level?.message}>
          {(control) => (
            <Select {...control} {...register(`education.${index}.level`)}>
              <option value="">Not specified</option>
              {DEGREE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <FormField
          label="Field of study"
          error={entryErrors?.field?.message}
          {...register(`education.${index}.field`)}
        />
        <FormField
          label="Institution"
          error={entryErrors?.institution?.message}
          {...register(`education.${index}.institution`)}
        />
        <FormField
          label="Year"
          inputMode="numeric"
          placeholder="YYYY"
          error={entryErrors?.year?.message}
          {...register(`education.${index}.year`)}
        />
      </div>
      <Button type="button" variant="ghost" size="sm" className="text-red-700 hover:bg-red-50" onClick={onRemove}>
        <Trash2 aria-hidden="true" className="size-4" />
        Remove education {index + 1}
      </Button>
    </fieldset>
  );
}

export function EducationFields() {
  const { control } = useFormContext<ProfileValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'education' });
  return (
    <div className="space-y-4">
      {fields.length === 0 ? <p className="text-sm text-neutral-600">No education entries.</p> : null}
      {fields.map((field, index) => (
        <EducationEntry key={field.id} index={index} onRemove={() => remove(index)} />
      ))}
      <Button type="button" variant="secondary" onClick={() => append(emptyEducation)}>
        <Plus aria-hidden="true" className="size-4" />
        Add education
      </Button>
    </div>
  );
}
