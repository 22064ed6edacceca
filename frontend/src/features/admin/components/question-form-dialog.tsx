import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { toast } from 'sonner';

import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { errorMessage } from '@/lib/api-error';

import { useCreateQuestion } from '../api/create-question';
import type { BankQuestion } from '../api/get-questions';
import { useUpdateQuestion } from '../api/update-question';
import { CATEGORIES, CATEGORY_LABELS, DIFFICULTY_LABELS } from '../lib/labels';
import {
  emptyQuestion,
  questionSchema,
  toQuestionCreate,
  toQuestionFields,
  toQuestionValues,
  type QuestionValues,
} from '../lib/question-form';
import { KeyPointsEditor } from './key-points-editor';

interface QuestionFormProps {
  /** The question to edit; a new one when left out. */
  question?: BankQuestion;
  onDone: () => void;
}

export function QuestionForm({ question, onDone }: QuestionFormProps) {
  const form = useForm<QuestionValues>({
    resolver: zodResolver(questionSchema),
    defaultValues: question ? toQuestionValues(question) : emptyQuestion,
  });
  const create = useCreateQuestion();
  const update = useUpdateQuestion();
  const isPending = create.isPending || update.isPending;
  const {
    register,
    formState: { errors },
  } = form;

  const onSubmit = form.handleSubmit((values) => {
    const onError = (error: unknown) => toast.error(errorMessage(error));
    if (question) {
      update.mutate(
        { questionId: question.id, changes: toQuestionFields(values) },
        {
          onSuccess: () => {
            toast.success('The question is saved.');
            onDone();
          },
          onError,
        },
      );
    } else {
      create.mutate(toQuestionCreate(values), {
        onSuccess: (created) => {
          toast.success(`Added “${created.text}”.`);
          onDone();
        },
        onError,
      });
    }
  });

  return (
    <FormProvider {...form}>
      <form
        onSubmit={onSubmit}
        noValidate
        aria-label={question ? 'Edit question' : 'New question'}
        className="space-y-5"
      >
        <Field label="Question" error={errors.text?.message}>
          {(fieldProps) => <Textarea rows={3} {...fieldProps} {...register('text')} />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Category" error={errors.category?.message}>
            {(fieldProps) => (
              <Select {...fieldProps} {...register('category')}>
                {CATEGORIES.map((category) => (
                  <option key={category} value={category}>
                    {CATEGORY_LABELS[category]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Difficulty" error={errors.difficulty?.message}>
            {(fieldProps) => (
              <Select {...fieldProps} {...register('difficulty')}>
                {[1, 2, 3].map((level) => (
                  <option key={level} value={String(level)}>
                    {DIFFICULTY_LABELS[level]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <FormField
            label="Skills"
            hint="Separate with commas, e.g. Python, SQL."
            error={errors.skills?.message}
            {...register('skills')}
          />
          <FormField
            label="Role families"
            hint="Separate with commas, e.g. backend, data."
            error={errors.role_families?.message}
            {...register('role_families')}
          />
          <FormField
            label="Competency (optional)"
            hint="e.g. teamwork, ownership."
            error={errors.competency?.message}
            {...register('competency')}
          />
          {question ? null : (
            <FormField
              label="Slug (optional)"
              hint="Made from the text when left empty."
              error={errors.slug?.message}
              {...register('slug')}
            />
          )}
        </div>
        <KeyPointsEditor />
        <Field
          label="Model answer"
          hint="Shown to candidates after the interview."
          error={errors.model_answer?.message}
        >
          {(fieldProps) => <Textarea rows={4} {...fieldProps} {...register('model_answer')} />}
        </Field>
        <Field label="Follow-up questions" hint="One per line, up to 5." error={errors.follow_ups?.message}>
          {(fieldProps) => <Textarea rows={2} {...fieldProps} {...register('follow_ups')} />}
        </Field>
        <div className="flex justify-end gap-3 border-t border-neutral-100 pt-4">
          <Button type="button" variant="secondary" disabled={isPending} onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" isLoading={isPending}>
            {question ? 'Save question' : 'Add question'}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}

interface QuestionFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  question?: BankQuestion;
}

export function QuestionFormDialog({ open, onOpenChange, question }: QuestionFormDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={question ? 'Edit question' : 'New question'}
      description="Questions from the bank are picked for interviews by category, skills and role."
    >
      {/* Keyed so the form starts from the question each time it opens. */}
      <QuestionForm key={question?.id ?? 'new'} question={question} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}
