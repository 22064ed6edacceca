import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { errorMessage } from '@/lib/api-error';

import { useAddSharedComment, type CommentCreate } from '../api/add-shared-comment';
import type { Chapter } from '../api/recording-types';
import { activeChapterIndex, formatClock } from '../lib/recording';

const WHOLE = '';

interface SharedCommentFormProps {
  token: string;
  questions: { id: string; position: number; text: string }[];
  /** Where the video is now, in seconds; null without a video. */
  time: number | null;
  chapters: Chapter[];
}

/** A coach's comment: their name, the question, and (with the video) the moment it is about. */
export function SharedCommentForm({ token, questions, time, chapters }: SharedCommentFormProps) {
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [pinned, setPinned] = useState(true);
  const [error, setError] = useState<string | undefined>();
  const add = useAddSharedComment(token);
  // Until the coach picks a question, the one playing in the video is meant.
  const playing = time === null ? undefined : chapters[activeChapterIndex(chapters, time)]?.question_id;
  const questionId = chosen ?? playing ?? WHOLE;
  const at = time !== null && pinned ? Math.round(time * 10) / 10 : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || !text.trim()) return setError('Write your name and your comment.');
    setError(undefined);
    const body: CommentCreate = {
      author_name: name.trim(),
      text: text.trim(),
      question_id: questionId || null,
      at_s: at,
    };
    add.mutate(
      { token, body },
      {
        onSuccess: () => {
          setText('');
          setChosen(null);
        },
        onError: (failure) => setError(errorMessage(failure)),
      },
    );
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Leave a comment"
      className="space-y-3 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm"
    >
      <h2 className="text-lg font-semibold text-neutral-900">Leave a comment</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Your name">
          {(fieldProps) => (
            <Input {...fieldProps} maxLength={80} value={name} onChange={(event) => setName(event.target.value)} />
          )}
        </Field>
        <Field label="About">
          {(fieldProps) => (
            <Select {...fieldProps} value={questionId} onChange={(event) => setChosen(event.target.value)}>
              <option value={WHOLE}>The whole interview</option>
              {questions.map((question) => (
                <option key={question.id} value={question.id}>
                  Question {question.position}:{' '}
                  {question.text.length > 70 ? `${question.text.slice(0, 69)}…` : question.text}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      {time !== null ? (
        <label className="flex items-center gap-2 text-sm text-neutral-800">
          <input type="checkbox" checked={pinned} onChange={(event) => setPinned(event.target.checked)} />
          Pin it to this moment of the video ({formatClock(time)})
        </label>
      ) : null}
      <Field label="Comment" error={error}>
        {(fieldProps) => (
          <Textarea
            rows={4}
            maxLength={2000}
            {...fieldProps}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <Button type="submit" isLoading={add.isPending}>
        Post comment
      </Button>
    </form>
  );
}
