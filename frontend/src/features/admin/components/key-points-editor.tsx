import { Plus, Trash2 } from 'lucide-react';
import { useFieldArray, useFormContext } from 'react-hook-form';

import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

import { KEY_POINTS_MAX, type QuestionValues } from '../lib/question-form';

/** The key points an answer is scored against: one input each, added and removed in place. */
export function KeyPointsEditor() {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<QuestionValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'key_points' });
  const listError = errors.key_points?.root?.message ?? errors.key_points?.message;

  return (
    <fieldset className="space-y-3" aria-describedby="key-points-hint">
      <legend className="text-sm font-medium text-neutral-800">Key points</legend>
      <p id="key-points-hint" className="text-xs text-neutral-500">
        What a good answer covers, one per line (1 to {KEY_POINTS_MAX}). Answers are scored against them.
      </p>
      <ol className="space-y-2">
        {fields.map((field, index) => {
          const error = errors.key_points?.[index]?.value?.message;
          const inputId = `key-point-${field.id}`;
          return (
            <li key={field.id} className="space-y-1">
              <div className="flex items-center gap-2">
                <Label htmlFor={inputId} className="w-24 shrink-0 text-neutral-600">
                  Key point {index + 1}
                </Label>
                <Input
                  id={inputId}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${inputId}-error` : undefined}
                  {...register(`key_points.${index}.value`)}
                />
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  aria-label={`Remove key point ${index + 1}`}
                  disabled={fields.length <= 1}
                  onClick={() => remove(index)}
                >
                  <Trash2 aria-hidden="true" className="size-4" />
                </Button>
              </div>
              {error ? (
                <p id={`${inputId}-error`} role="alert" className="pl-26 text-xs font-medium text-red-700">
                  {error}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <Button
        type="button"
        variant="secondary"
        size="sm"
        disabled={fields.length >= KEY_POINTS_MAX}
        onClick={() => append({ value: '' })}
      >
        <Plus aria-hidden="true" className="size-4" />
        Add key point
      </Button>
      {listError ? (
        <p role="alert" className="text-xs font-medium text-red-700">
          {listError}
        </p>
      ) : null}
    </fieldset>
  );
}
