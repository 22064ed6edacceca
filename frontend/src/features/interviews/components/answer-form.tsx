import { zodResolver } from '@hookform/resolvers/zod';
import { Send, SkipForward } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';

/** Seconds since `start`, to a tenth. */
function secondsSince(start: number) {
  return Math.round((Date.now() - start) / 100) / 10;
}

const answerSchema = z.object({
  transcript: z
    .string()
    .trim()
    .min(1, 'Write your answer before submitting, or skip the question.')
    .max(20000, 'Your answer can be at most 20,000 characters.'),
});

type AnswerValues = z.infer<typeof answerSchema>;

interface AnswerFormProps {
  /** The id of the question's text, read with the answer box. */
  questionTextId: string;
  initialAnswer?: string;
  isRevision: boolean;
  isSubmitting: boolean;
  /** Focus the answer box when the form appears (after moving to another question). */
  autoFocus: boolean;
  onSubmit: (answer: { transcript: string; durationS: number }) => void;
  /** Offered for questions not answered yet. */
  onSkip?: () => void;
}

/** The typed answer: Submit, or Ctrl/⌘ + Enter; Skip asks first. */
export function AnswerForm({ questionTextId, initialAnswer = '', isRevision, isSubmitting, autoFocus, onSubmit, onSkip }: AnswerFormProps) {
  const [openedAt] = useState(() => Date.now());
  const textareaRef = useRef<HTMLTextAreaElement | null>(null);
  const form = useForm<AnswerValues>({ resolver: zodResolver(answerSchema), defaultValues: { transcript: initialAnswer } });
  const {
    register,
    formState: { errors },
  } = form;
  const { ref, ...transcriptField } = register('transcript');

  useEffect(() => {
    if (autoFocus) textareaRef.current?.focus();
  }, [autoFocus]);

  const submit = form.handleSubmit((values) => {
    onSubmit({ transcript: values.transcript.trim(), durationS: secondsSince(openedAt) });
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Answer form" className="space-y-4">
      <Field
        label={isRevision ? 'Your new answer' : 'Your answer'}
        hint="Press Ctrl + Enter (⌘ + Enter on a Mac) to submit."
        error={errors.transcript?.message}
      >
        {(fieldProps) => (
          <Textarea
            rows={9}
            {...fieldProps}
            aria-describedby={[questionTextId, fieldProps['aria-describedby']].filter(Boolean).join(' ')}
            {...transcriptField}
            ref={(node) => {
              ref(node);
              textareaRef.current = node;
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                event.currentTarget.form?.requestSubmit();
              }
            }}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" isLoading={isSubmitting}>
          {isSubmitting ? null : <Send aria-hidden="true" className="size-4" />}
          {isRevision ? 'Submit new answer' : 'Submit answer'}
        </Button>
        {onSkip ? (
          <Button type="button" variant="ghost" disabled={isSubmitting} onClick={onSkip}>
            <SkipForward aria-hidden="true" className="size-4" />
            Skip
          </Button>
        ) : null}
      </div>
    </form>
  );
}
