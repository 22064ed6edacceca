import { Send } from 'lucide-react';
import { useCallback, useId, useRef, useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { MEDIA_MODE_LABELS, type MediaMode } from '@/capabilities/recordings/lib/media-mode';
import { errorMessage } from '@/lib/api-error';

import { useCreateRetry, type RetryCreate } from '../api/create-retry';
import { useRetryTake } from '../hooks/use-retry-take';
import { RetryRecorder } from './retry-recorder';

const MODES: MediaMode[] = ['typed', 'video', 'audio'];
const MAX_CHARS = 20000;

interface RetryFormProps {
  interviewId: string;
  questionId: string;
  onDone: () => void;
  onCancel: () => void;
}

/** A new attempt at a question: typed, or said on camera or out loud with captions, as in the room. */
export function RetryForm({ interviewId, questionId, onDone, onCancel }: RetryFormProps) {
  const [mode, setMode] = useState<MediaMode>('typed');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [openedAt] = useState(() => Date.now());
  const create = useCreateRetry(interviewId);
  const addCaption = useCallback(
    (said: string) => setText((before) => (before.trim() ? `${before.trimEnd()} ${said}` : said)),
    [],
  );
  const take = useRetryTake({ mode, onCaption: addCaption });
  const groupId = useId();
  const answerBox = useRef<HTMLTextAreaElement>(null);
  const recorded = mode !== 'typed' && take.take.status === 'recorded';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const transcript = text.trim();
    const problem = !transcript
      ? 'Write or say your new answer before submitting.'
      : transcript.length > MAX_CHARS
        ? 'Your answer can be at most 20,000 characters.'
        : undefined;
    if (problem) {
      setError(problem);
      answerBox.current?.focus();
      return;
    }
    setError(undefined);
    const spoken = mode !== 'typed' && take.source === 'browser_stt';
    const body: RetryCreate = {
      transcript,
      source: spoken ? 'browser_stt' : 'typed',
      duration_s: Math.round((Date.now() - openedAt) / 100) / 10,
    };
    if (spoken && take.timings.length > 0) body.timings = take.timings;
    if (recorded && take.mimeType) body.media_type = take.mimeType;
    const blob = recorded ? await take.blob() : null;
    create.mutate(
      { interviewId, questionId, body, take: blob },
      { onSuccess: onDone, onError: (failure) => setError(errorMessage(failure)) },
    );
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label="Retry this question"
      className="space-y-4 rounded-xl border border-indigo-200 bg-indigo-50/40 p-4"
    >
      <fieldset className="space-y-2">
        <legend id={groupId} className="text-sm font-semibold text-neutral-900">
          How do you want to answer?
        </legend>
        <div className="flex flex-wrap gap-4">
          {MODES.map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm text-neutral-800">
              <input
                type="radio"
                name={`${groupId}-mode`}
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
                disabled={take.take.status === 'recording'}
              />
              {value === 'typed' ? 'Type it' : MEDIA_MODE_LABELS[value]}
            </label>
          ))}
        </div>
      </fieldset>
      {mode !== 'typed' ? <RetryRecorder take={take} /> : null}
      <Field
        label="Your new answer"
        hint={mode === 'typed' ? undefined : 'What you say appears here; correct it before submitting.'}
        error={error}
      >
        {(fieldProps) => (
          // Opened by "Retry this question", which it replaces: the answer box takes the focus.
          <Textarea
            ref={answerBox}
            rows={7}
            autoFocus
            {...fieldProps}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" isLoading={create.isPending} disabled={take.take.status === 'recording'}>
          {create.isPending ? null : <Send aria-hidden="true" className="size-4" />}
          Submit new attempt
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel} disabled={create.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
