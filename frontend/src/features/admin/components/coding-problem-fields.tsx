import type { ComponentProps, ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';

import { Field } from '@/components/ui/field';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { cn } from '@/lib/cn';

import {
  CODING_DIFFICULTIES,
  CODING_DIFFICULTY_LABELS,
  COMPARISON_LABELS,
  COMPARISONS,
  TOPIC_LABELS,
  TOPICS,
} from '../lib/coding-labels';
import type { CodingProblemValues } from '../lib/coding-problem-form';

/** Code or JSON: monospaced, not wrapped, scrolling sideways inside itself rather than the page. */
export function CodeArea({ className, ...props }: ComponentProps<'textarea'>) {
  return (
    <Textarea
      wrap="off"
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      className={cn('min-h-0 overflow-x-auto font-mono text-xs whitespace-pre', className)}
      {...props}
    />
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 space-y-4 border-t border-neutral-100 pt-4">
      <legend className="text-base font-semibold text-neutral-900">{title}</legend>
      {children}
    </fieldset>
  );
}

/** Title, slug, topic, difficulty and the words candidates and the interviewer see. */
export function ProblemBasics({ isNew }: { isNew: boolean }) {
  const {
    register,
    formState: { errors },
  } = useFormContext<CodingProblemValues>();
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Title" error={errors.title?.message} {...register('title')} />
        {isNew ? (
          <FormField
            label="Slug (optional)"
            hint="Made from the title when left empty."
            error={errors.slug?.message}
            {...register('slug')}
          />
        ) : null}
        <Field label="Topic" error={errors.topic?.message}>
          {(fieldProps) => (
            <Select {...fieldProps} {...register('topic')}>
              {TOPICS.map((topic) => (
                <option key={topic} value={topic}>
                  {TOPIC_LABELS[topic]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Difficulty" error={errors.difficulty?.message}>
          {(fieldProps) => (
            <Select {...fieldProps} {...register('difficulty')}>
              {CODING_DIFFICULTIES.map((difficulty) => (
                <option key={difficulty} value={difficulty}>
                  {CODING_DIFFICULTY_LABELS[difficulty]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <FormField
          label="Skills"
          hint="Separate with commas, e.g. Algorithms, Python."
          error={errors.skills?.message}
          {...register('skills')}
        />
        <FormField
          label="Role families"
          hint="Separate with commas, e.g. software, data."
          error={errors.role_families?.message}
          {...register('role_families')}
        />
      </div>
      <Field label="Summary" hint="What the interviewer says to introduce it." error={errors.summary?.message}>
        {(fieldProps) => <Textarea rows={2} {...fieldProps} {...register('summary')} />}
      </Field>
      <Field label="Statement" hint="What candidates read, in Markdown." error={errors.statement?.message}>
        {(fieldProps) => <Textarea rows={6} {...fieldProps} {...register('statement')} />}
      </Field>
    </div>
  );
}

/** The function or class candidates write: their starter code in Python and JavaScript is made from it. */
export function ProblemSignature() {
  const {
    register,
    formState: { errors },
  } = useFormContext<CodingProblemValues>();
  const number = { valueAsNumber: true } as const;
  return (
    <Section title="What candidates write">
      <p className="text-xs text-neutral-500">
        Starter code in Python and JavaScript is made from this: snake_case names in Python, camelCase in JavaScript.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Kind" error={errors.signature?.kind?.message}>
          {(fieldProps) => (
            <Select {...fieldProps} {...register('signature.kind')}>
              <option value="function">A function</option>
              <option value="class">A class (design problems)</option>
            </Select>
          )}
        </Field>
        <FormField
          label="Function or class name"
          hint="two_sum, or MinStack for a class."
          error={errors.signature?.name?.message}
          {...register('signature.name')}
        />
        <FormField
          label="Parameters"
          hint="Separate with commas; a class's constructor parameters."
          error={errors.signature?.params?.message}
          {...register('signature.params')}
        />
        <Field
          label="Methods (classes only)"
          hint="One per line, e.g. push(value)."
          error={errors.signature?.methods?.message}
        >
          {(fieldProps) => <CodeArea rows={3} {...fieldProps} {...register('signature.methods')} />}
        </Field>
        <Field label="Comparison" error={errors.comparison?.message}>
          {(fieldProps) => (
            <Select {...fieldProps} {...register('comparison')}>
              {COMPARISONS.map((comparison) => (
                <option key={comparison} value={comparison}>
                  {COMPARISON_LABELS[comparison]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <FormField
          label="Time limit per test (ms)"
          type="number"
          min={50}
          max={10_000}
          error={errors.time_limit_ms?.message}
          {...register('time_limit_ms', number)}
        />
      </div>
    </Section>
  );
}

/** The reference solutions every test is checked against when the problem is saved. */
export function ProblemReferences() {
  const {
    register,
    formState: { errors },
  } = useFormContext<CodingProblemValues>();
  return (
    <Section title="Reference solutions">
      <p className="text-xs text-neutral-500">
        Saving runs both over every test; a generated test without an expected value gets the Python one.
      </p>
      <Field label="Python reference" error={errors.reference?.python?.message}>
        {(fieldProps) => <CodeArea rows={10} {...fieldProps} {...register('reference.python')} />}
      </Field>
      <Field label="JavaScript reference" error={errors.reference?.javascript?.message}>
        {(fieldProps) => <CodeArea rows={10} {...fieldProps} {...register('reference.javascript')} />}
      </Field>
    </Section>
  );
}

/** The model solution, hints and what a good explanation covers (shown after the interview). */
export function ProblemSolution() {
  const {
    register,
    formState: { errors },
  } = useFormContext<CodingProblemValues>();
  return (
    <Section title="Model solution and hints">
      <Field label="Approach" hint="The model solution's idea." error={errors.solution?.approach?.message}>
        {(fieldProps) => <Textarea rows={3} {...fieldProps} {...register('solution.approach')} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label="Time complexity"
          hint="e.g. O(n)."
          error={errors.solution?.time?.message}
          {...register('solution.time')}
        />
        <FormField
          label="Space complexity"
          hint="e.g. O(1)."
          error={errors.solution?.space?.message}
          {...register('solution.space')}
        />
      </div>
      <Field label="Other approaches" hint="One per line, up to 5." error={errors.solution?.alternatives?.message}>
        {(fieldProps) => <Textarea rows={2} {...fieldProps} {...register('solution.alternatives')} />}
      </Field>
      <Field label="Hints" hint="One per line, up to 5, given in order." error={errors.hints?.message}>
        {(fieldProps) => <Textarea rows={3} {...fieldProps} {...register('hints')} />}
      </Field>
      <Field
        label="Explanation points"
        hint="What a good explanation covers, one per line (1 to 8)."
        error={errors.explanation_points?.message}
      >
        {(fieldProps) => <Textarea rows={3} {...fieldProps} {...register('explanation_points')} />}
      </Field>
    </Section>
  );
}
