import { zodResolver } from '@hookform/resolvers/zod';
import { Send, SkipForward } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';

import type { VoiceAnswerMedia } from '../hooks/use-room-media';
import { useVoiceAnswer } from '../hooks/use-voice-answer';
import type { AnswerTiming } from '../lib/answer-timings';
import { VoiceAnswerPanel } from './voice-answer-panel';

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

export interface SubmittedAnswer {
  transcript: string;
  durationS: number;
  /** "browser_stt" when live captions wrote (part of) it. */
  source: 'typed' | 'browser_stt';
  /** Spoken: when each captioned phrase was said, for the pace and pauses of this answer. */
  timings?: AnswerTiming[];
}

const SUBMIT_HINT = 'Press Ctrl + Enter (⌘ + Enter on a Mac) to submit.';

interface AnswerFormProps {
  /** The id of the question's text, read with the answer box. */
  questionTextId: string;
  initialAnswer?: string;
  isRevision: boolean;
  isSubmitting: boolean;
  /** Focus the answer box when the form appears (after moving to another question). */
  autoFocus: boolean;
  onSubmit: (answer: SubmittedAnswer) => void;
  /** Offered for questions not answered yet. */
  onSkip?: () => void;
  /** Video/audio mode: answer out loud, captioned into the box, with a take to review. */
  voice?: VoiceAnswerMedia;
}

/** The answer, typed or spoken into live captions: Submit, or Ctrl/⌘ + Enter; Skip asks first. */
export function AnswerForm({ questionTextId, initialAnswer = '', isRevision, isSubmitting, autoFocus, onSubmit, onSkip, voice }: AnswerFormProps) {
  const [openedAt] = useState(() => Date.now());
  const textareaRef = useRef<HTMLTextAreaElement | null>(null);
  const form = useForm<AnswerValues>({ resolver: zodResolver(answerSchema), defaultValues: { transcript: initialAnswer } });
  const {
    register,
    getValues,
    setValue,
    formState: { errors },
  } = form;
  const { ref, ...transcriptField } = register('transcript');

  const addCaption = useCallback(
    (text: string) => {
      const current = getValues('transcript').trimEnd();
      setValue('transcript', current ? `${current} ${text}` : text, { shouldDirty: true });
    },
    [getValues, setValue],
  );
  const clearAnswer = useCallback(() => setValue('transcript', '', { shouldDirty: true }), [setValue]);
  const spoken = useVoiceAnswer({ voice, onCaption: addCaption, onDiscard: clearAnswer });

  useEffect(() => {
    if (autoFocus) textareaRef.current?.focus();
  }, [autoFocus]);

  const submit = form.handleSubmit((values) => {
    if (spoken.take.status === 'recording') spoken.stop();
    const timed = spoken.source === 'browser_stt' && spoken.timings.length > 0 ? { timings: spoken.timings } : {};
    onSubmit({ transcript: values.transcript.trim(), durationS: secondsSince(openedAt), source: spoken.source, ...timed });
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Answer form" className="space-y-4">
      {voice ? <VoiceAnswerPanel voice={spoken} kind={voice.kind} /> : null}
      <Field
        label={isRevision ? 'Your new answer' : 'Your answer'}
        hint={voice ? `What you say appears here; correct it before submitting. ${SUBMIT_HINT}` : SUBMIT_HINT}
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
