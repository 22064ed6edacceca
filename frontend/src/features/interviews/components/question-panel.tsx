import { CornerDownRight, History } from 'lucide-react';
import { useId, type ReactNode } from 'react';

import { Badge } from '@/components/ui/badge';

import type { InterviewQuestion } from '../api/get-interview';
import type { VoiceAnswerMedia } from '../hooks/use-room-media';
import { CATEGORY_LABELS } from '../lib/labels';
import { AnswerForm, type SubmittedAnswer } from './answer-form';

interface QuestionPanelProps {
  question: InterviewQuestion;
  number: number;
  total: number;
  isRevision: boolean;
  isSubmitting: boolean;
  autoFocus: boolean;
  onSubmit: (answer: SubmittedAnswer) => void;
  onSkip: () => void;
  onBackToCurrent?: () => void;
  /** The interviewer asking the question (video/audio mode). */
  avatar?: ReactNode;
  voice?: VoiceAnswerMedia;
}

/** One question: its text (announced when it changes), why it is asked, and the answer form. */
export function QuestionPanel(props: QuestionPanelProps) {
  const { question, number, total, isRevision, isSubmitting, autoFocus, onSubmit, onSkip, onBackToCurrent, avatar, voice } = props;
  const textId = useId();
  const isFollowUp = question.source === 'follow_up';
  const canSkip = !isRevision && question.status !== 'answered';
  return (
    <section aria-labelledby={textId} className="space-y-5 rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium text-neutral-600">
          Question {number} of {total}
        </span>
        <Badge tone="neutral">{CATEGORY_LABELS[question.category]}</Badge>
        {isFollowUp ? (
          <Badge tone="accent">
            <CornerDownRight aria-hidden="true" className="size-3" />
            Follow-up question
          </Badge>
        ) : null}
        {isRevision ? (
          <Badge tone="warning">
            <History aria-hidden="true" className="size-3" />
            {question.status === 'skipped' ? 'Skipped earlier' : 'Answering again'}
          </Badge>
        ) : null}
      </div>
      {avatar}
      {/* Polite: a screen reader reads the new question after the one before is answered. */}
      <div aria-live="polite" aria-atomic="true">
        {isFollowUp ? <p className="mb-1 text-sm text-indigo-700">A follow-up was added to dig deeper into your last answer.</p> : null}
        <h2 id={textId} className="text-xl leading-snug font-semibold text-neutral-900">
          {question.text}
        </h2>
      </div>
      {question.reason ? <p className="text-sm text-neutral-600">Why this question: {question.reason}</p> : null}
      {isRevision && question.answer ? (
        <p className="rounded-lg bg-neutral-50 p-3 text-sm text-neutral-700">
          Your earlier answer is below. What you submit now replaces it; the earlier one is kept in the history.
        </p>
      ) : null}
      <AnswerForm
        key={question.id}
        questionTextId={textId}
        initialAnswer={isRevision ? (question.answer?.transcript ?? '') : ''}
        isRevision={isRevision}
        isSubmitting={isSubmitting}
        autoFocus={autoFocus}
        onSubmit={onSubmit}
        onSkip={canSkip ? onSkip : undefined}
        voice={voice}
      />
      {onBackToCurrent ? (
        <button type="button" className="text-sm font-medium text-indigo-700 hover:underline" onClick={onBackToCurrent}>
          Back to the current question
        </button>
      ) : null}
    </section>
  );
}
