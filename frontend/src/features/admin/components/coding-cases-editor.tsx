import { Plus, Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';

import { TEST_KIND_LABELS, TEST_KINDS } from '../lib/coding-labels';
import {
  emptyExample,
  emptyTest,
  EXAMPLES_MAX,
  TESTS_MAX,
  TESTS_MIN,
  type CodingProblemValues,
} from '../lib/coding-problem-form';
import { CodeArea } from './coding-problem-fields';

function ListError({ message }: { message?: string }) {
  return message ? (
    <p role="alert" className="text-xs font-medium text-red-700">
      {message}
    </p>
  ) : null;
}

/** One example or test: its legend names it (a legend must be the fieldset's first child), with a remove button. */
function Item({
  legend,
  removeLabel,
  canRemove,
  onRemove,
  children,
}: {
  legend: string;
  removeLabel: string;
  canRemove: boolean;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <fieldset className="relative min-w-0 space-y-3 rounded-xl border border-neutral-200 p-3">
      <legend className="float-left pt-1 text-sm font-medium text-neutral-800">{legend}</legend>
      <Button
        type="button"
        variant="ghost"
        size="sm"
        className="absolute top-2 right-2"
        aria-label={removeLabel}
        disabled={!canRemove}
        onClick={onRemove}
      >
        <Trash2 aria-hidden="true" className="size-4" />
      </Button>
      <div className="clear-both space-y-3 pt-2">{children}</div>
    </fieldset>
  );
}

/** A list of examples or tests: heading, hint, the items, an Add button and the list's own error. */
function CasesSection({
  id,
  title,
  hint,
  addLabel,
  canAdd,
  onAdd,
  error,
  children,
}: {
  id: string;
  title: string;
  hint: ReactNode;
  addLabel: string;
  canAdd: boolean;
  onAdd: () => void;
  error?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-3 border-t border-neutral-100 pt-4">
      <h3 id={id} className="text-base font-semibold text-neutral-900">
        {title}
      </h3>
      <p className="text-xs text-neutral-500">{hint}</p>
      <ol className="space-y-3">{children}</ol>
      <Button type="button" variant="secondary" size="sm" disabled={!canAdd} onClick={onAdd}>
        <Plus aria-hidden="true" className="size-4" />
        {addLabel}
      </Button>
      <ListError message={error} />
    </section>
  );
}

/** The examples candidates see with the statement: arguments and the expected answer, as JSON. */
export function ExamplesEditor() {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<CodingProblemValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'examples' });
  return (
    <CasesSection
      id="examples-heading"
      title="Visible examples"
      hint={`Candidates see these and run them in the browser (1 to ${EXAMPLES_MAX}). Arguments are a JSON list, in order.`}
      addLabel="Add example"
      canAdd={fields.length < EXAMPLES_MAX}
      onAdd={() => append(emptyExample)}
      error={errors.examples?.root?.message ?? errors.examples?.message}
    >
      {fields.map((field, index) => {
        const itemErrors = errors.examples?.[index];
        return (
          <li key={field.id}>
            <Item
              legend={`Example ${index + 1}`}
              removeLabel={`Remove example ${index + 1}`}
              canRemove={fields.length > 1}
              onRemove={() => remove(index)}
            >
              <div className="grid gap-3 sm:grid-cols-2">
                <Field label="Arguments (JSON list)" error={itemErrors?.args?.message}>
                  {(fieldProps) => <CodeArea rows={2} {...fieldProps} {...register(`examples.${index}.args`)} />}
                </Field>
                <Field label="Expected (JSON)" error={itemErrors?.expected?.message}>
                  {(fieldProps) => <CodeArea rows={2} {...fieldProps} {...register(`examples.${index}.expected`)} />}
                </Field>
              </div>
              <FormField
                label="Explanation (optional)"
                error={itemErrors?.explanation?.message}
                {...register(`examples.${index}.explanation`)}
              />
            </Item>
          </li>
        );
      })}
    </CasesSection>
  );
}

/** The hidden tests a submission is judged on: literal arguments, or generated large inputs. */
export function TestsEditor() {
  const {
    register,
    control,
    watch,
    formState: { errors },
  } = useFormContext<CodingProblemValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'tests' });
  return (
    <CasesSection
      id="tests-heading"
      title="Hidden tests"
      hint={
        <>
          Candidates never see these ({TESTS_MIN} to {TESTS_MAX}). Give literal arguments as a JSON list, or generator
          specs for large inputs, e.g. {'[{"repeat": {"item": "a", "n": 100000}}]'}.
        </>
      }
      addLabel="Add hidden test"
      canAdd={fields.length < TESTS_MAX}
      onAdd={() => append(emptyTest)}
      error={errors.tests?.root?.message ?? errors.tests?.message}
    >
      {fields.map((field, index) => {
        const itemErrors = errors.tests?.[index];
        const generated = watch(`tests.${index}.source`) === 'generate';
        return (
          <li key={field.id}>
            <Item
              legend={`Hidden test ${index + 1}`}
              removeLabel={`Remove hidden test ${index + 1}`}
              canRemove={fields.length > TESTS_MIN}
              onRemove={() => remove(index)}
            >
              <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
                <FormField
                  label="Name"
                  hint="e.g. an empty list."
                  error={itemErrors?.name?.message}
                  {...register(`tests.${index}.name`)}
                />
                <Field label="Kind" error={itemErrors?.kind?.message}>
                  {(fieldProps) => (
                    <Select {...fieldProps} {...register(`tests.${index}.kind`)}>
                      {TEST_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {TEST_KIND_LABELS[kind]}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
                <Field label="Input" error={itemErrors?.source?.message}>
                  {(fieldProps) => (
                    <Select {...fieldProps} {...register(`tests.${index}.source`)}>
                      <option value="args">Literal arguments</option>
                      <option value="generate">Generated</option>
                    </Select>
                  )}
                </Field>
              </div>
              <div className="grid gap-3 sm:grid-cols-2">
                <Field
                  label={generated ? 'Generators (JSON list)' : 'Arguments (JSON list)'}
                  error={itemErrors?.input?.message}
                >
                  {(fieldProps) => <CodeArea rows={2} {...fieldProps} {...register(`tests.${index}.input`)} />}
                </Field>
                <Field
                  label={generated ? 'Expected (JSON, optional)' : 'Expected (JSON)'}
                  hint={generated ? 'Left empty, the Python reference fills it in.' : undefined}
                  error={itemErrors?.expected?.message}
                >
                  {(fieldProps) => <CodeArea rows={2} {...fieldProps} {...register(`tests.${index}.expected`)} />}
                </Field>
                <FormField
                  label="Input size (optional)"
                  inputMode="numeric"
                  hint="For judging complexity."
                  error={itemErrors?.size?.message}
                  {...register(`tests.${index}.size`)}
                />
                <FormField
                  label="Time limit, ms (optional)"
                  inputMode="numeric"
                  hint="Instead of the problem's."
                  error={itemErrors?.time_limit_ms?.message}
                  {...register(`tests.${index}.time_limit_ms`)}
                />
              </div>
            </Item>
          </li>
        );
      })}
    </CasesSection>
  );
}
