import { zodResolver } from '@hookform/resolvers/zod';
import { Send, SkipForward } from 'lucide-react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/textarea';
import { AnswerTakeControls } from '@/capabilities/recordings/components/answer-take-controls';

import { useUnloadWarning } from '../hooks/use-leave-guard';
import type { VoiceAnswerMedia } from '../hooks/use-room-media';
import { useVoiceAnswer } from '../hooks/use-voice-answer';
import { clearDraft, loadDraft, saveDraft } from '../lib/answer-drafts';
import type { AnswerTiming } from '../lib/answer-timings';
import { LiveCaptions } from './voice-answer-panel';
import { WidgetBoundary } from './widget-boundary';

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

const SUBMIT_HINT = 'Ctrl + Enter (⌘ + Enter on a Mac) submits.';

interface AnswerFormProps {
  /** Where the unsent answer is kept in this browser. */
  interviewId: string;
  questionId: string;
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

/**
 * The answer dock under the call, typed or spoken into live captions: Submit, or Ctrl/⌘ + Enter;
 * Skip asks first. What is typed is kept in this browser until it is submitted.
 */
export function AnswerForm(props: AnswerFormProps) {
  const {
    interviewId,
    questionId,
    questionTextId,
    initialAnswer = '',
    isRevision,
    isSubmitting,
    autoFocus,
    onSubmit,
    onSkip,
    voice,
  } = props;
  const [openedAt] = useState(() => Date.now());
  const [draft] = useState(() => loadDraft(interviewId, questionId));
  const textareaRef = useRef<HTMLTextAreaElement | null>(null);
  const fieldId = useId();
  const form = useForm<AnswerValues>({
    resolver: zodResolver(answerSchema),
    defaultValues: { transcript: draft ?? initialAnswer },
  });
  const {
    register,
    getValues,
    setValue,
    control,
    formState: { errors },
  } = form;
  const { ref, ...transcriptField } = register('transcript');
  const text = useWatch({ control, name: 'transcript' });
  const unsent = text.trim() !== initialAnswer.trim();

  useEffect(() => {
    if (unsent) saveDraft(interviewId, questionId, text);
    else clearDraft(interviewId, questionId);
  }, [interviewId, questionId, text, unsent]);

  const addCaption = useCallback(
    (caption: string) => {
      const current = getValues('transcript').trimEnd();
      setValue('transcript', current ? `${current} ${caption}` : caption, { shouldDirty: true });
    },
    [getValues, setValue],
  );
  const clearAnswer = useCallback(() => setValue('transcript', '', { shouldDirty: true }), [setValue]);
  const spoken = useVoiceAnswer({ voice, onCaption: addCaption, onDiscard: clearAnswer });
  useUnloadWarning(unsent || spoken.take.status !== 'idle');

  useEffect(() => {
    if (autoFocus) textareaRef.current?.focus();
  }, [autoFocus]);

  const submit = form.handleSubmit((values) => {
    if (spoken.take.status === 'recording') spoken.stop();
    const timed = spoken.source === 'browser_stt' && spoken.timings.length > 0 ? { timings: spoken.timings } : {};
    onSubmit({
      transcript: values.transcript.trim(),
      durationS: secondsSince(openedAt),
      source: spoken.source,
      ...timed,
    });
  });

  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  const label = isRevision ? 'Your new answer' : 'Your answer';
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Answer form"
      className="shrink-0 border-t border-neutral-200 bg-white px-3 pt-2 pb-3 text-neutral-900 sm:px-4 sm:pt-3"
    >
      <div className="mx-auto max-w-5xl space-y-2">
        {voice ? (
          <WidgetBoundary name="captions" message="Live captions stopped. Type your answer in the box.">
            <LiveCaptions voice={spoken} />
          </WidgetBoundary>
        ) : null}
        <div className="space-y-1">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            <label htmlFor={fieldId} className="text-sm font-medium text-neutral-800">
              {label}
            </label>
            <p id={hintId} className="sr-only text-xs text-neutral-500 sm:not-sr-only">
              {draft && draft !== initialAnswer ? 'Your unsent answer was kept in this browser. ' : ''}
              {voice ? 'What you say appears here; correct it before submitting. ' : ''}
              {SUBMIT_HINT}
            </p>
          </div>
          <Textarea
            id={fieldId}
            rows={3}
            className="h-20 min-h-16 resize-y sm:h-24"
            aria-invalid={errors.transcript ? true : undefined}
            aria-describedby={[questionTextId, hintId, errors.transcript ? errorId : null].filter(Boolean).join(' ')}
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
          {errors.transcript?.message ? (
            <p id={errorId} role="alert" className="text-xs font-medium text-red-700">
              {errors.transcript.message}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {voice ? (
            <WidgetBoundary name="recorder" message="The answer recorder stopped. Type your answer instead.">
              <AnswerTakeControls
                status={spoken.take.status}
                url={spoken.take.url}
                kind={voice.kind}
                onStart={spoken.start}
                onStop={spoken.stop}
                onRerecord={spoken.rerecord}
              />
            </WidgetBoundary>
          ) : null}
          <div className="ml-auto flex items-center gap-2">
            {onSkip ? (
              <Button type="button" variant="ghost" disabled={isSubmitting} onClick={onSkip}>
                <SkipForward aria-hidden="true" className="size-4" />
                Skip
              </Button>
            ) : null}
            <Button type="submit" isLoading={isSubmitting}>
              {isSubmitting ? null : <Send aria-hidden="true" className="size-4" />}
              {isRevision ? 'Submit new answer' : 'Submit answer'}
            </Button>
          </div>
        </div>
      </div>
    </form>
  );
}
