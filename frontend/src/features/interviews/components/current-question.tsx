import { Captions, History } from 'lucide-react';

import type { InterviewQuestion } from '../api/get-interview';
import { candidateHint } from '../lib/question-hint';

interface CurrentQuestionProps {
  question: InterviewQuestion;
  /** "Question 3 of 5", "Question 3 · follow-up". */
  label: string;
  /** The id of the question's text, which the answer box points at. */
  textId: string;
  isRevision: boolean;
  onBackToCurrent?: () => void;
}

/** The question, once: the interviewer's caption, with where it stands and why it is asked. */
export function CurrentQuestion({ question, label, textId, isRevision, onBackToCurrent }: CurrentQuestionProps) {
  const isFollowUp = question.source === 'follow_up';
  const hint = candidateHint(question);
  return (
    <section
      aria-label="Current question"
      className="shrink-0 rounded-2xl bg-neutral-900 px-4 py-3 text-white ring-1 ring-white/10"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs font-medium text-neutral-300 sm:text-sm">
        <span className="inline-flex items-center gap-1.5">
          <Captions aria-hidden="true" className="size-4 text-neutral-400" />
          <span>{label}</span>
        </span>
        {isRevision ? (
          <span className="inline-flex items-center gap-1 rounded-full bg-amber-400/15 px-2 py-0.5 text-amber-200">
            <History aria-hidden="true" className="size-3" />
            {question.status === 'skipped' ? 'Skipped earlier' : 'Answering again'}
          </span>
        ) : null}
        {onBackToCurrent ? (
          <button type="button" className="font-medium text-indigo-300 hover:underline" onClick={onBackToCurrent}>
            Back to the current question
          </button>
        ) : null}
      </div>
      {/* Polite: a screen reader reads the new question after the one before is answered. */}
      <div aria-live="polite" aria-atomic="true" className="mt-1">
        {isFollowUp ? (
          <p className="text-sm text-indigo-200">A follow-up, to dig deeper into your last answer.</p>
        ) : null}
        <h2 id={textId} className="text-base leading-snug font-semibold sm:text-lg">
          {question.text}
        </h2>
      </div>
      {hint ? <p className="mt-1 text-xs text-neutral-400 sm:text-sm">{hint}</p> : null}
      {isRevision && question.answer ? (
        <p className="mt-1 text-xs text-neutral-300 sm:text-sm">
          What you submit now replaces your earlier answer; the earlier one is kept in the history.
        </p>
      ) : null}
    </section>
  );
}
