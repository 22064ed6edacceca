import * as Accordion from '@radix-ui/react-accordion';
import * as Collapsible from '@radix-ui/react-collapsible';
import { ChevronDown, CircleCheck, CircleX, Clock } from 'lucide-react';
import { useState, type ReactNode } from 'react';

import { Badge } from '@/components/ui/badge';
import { Spinner } from '@/components/ui/spinner';
import { CATEGORY_LABELS } from '@/lib/question-categories';

import type { AnswerEvaluation, QuestionResult } from '../api/get-results';
import { abstainMessage, gradeTone, isScored } from '../lib/score';
import { AnswerDelivery } from './answer-delivery';
import { EvidenceTranscript } from './evidence-transcript';
import { FailedEvaluation } from './failed-evaluation';
import { ScoreWorking } from './score-working';
import { WatchAnswer } from './watch-answer';

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="space-y-1.5">
      <h4 className="text-sm font-semibold text-neutral-900">{title}</h4>
      {children}
    </div>
  );
}

function ModelAnswer({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Collapsible.Root open={open} onOpenChange={setOpen} className="space-y-2">
      <Collapsible.Trigger className="inline-flex items-center gap-1 text-sm font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600">
        <ChevronDown
          aria-hidden="true"
          className={open ? 'size-4 rotate-180 transition-transform' : 'size-4 transition-transform'}
        />
        {open ? 'Hide model answer' : 'Show model answer'}
      </Collapsible.Trigger>
      <Collapsible.Content className="rounded-lg bg-indigo-50/60 p-4 text-sm leading-relaxed whitespace-pre-line text-neutral-800">
        {text}
      </Collapsible.Content>
    </Collapsible.Root>
  );
}

const SUB_SCORES = [
  ['relevance', 'Relevance'],
  ['depth', 'Depth'],
  ['structure', 'Structure'],
  ['communication', 'Communication'],
] as const;

/** An answer with too little in it to score: why, in plain words, and what to do next time; no sub-scores. */
function NotScoredDetails({ evaluation }: { evaluation: AnswerEvaluation }) {
  return (
    <>
      <Part title="Not enough to score">
        <p className="text-sm text-neutral-800">{abstainMessage(evaluation)}</p>
      </Part>
      {evaluation.key_points_missed.length > 0 ? (
        <Part title="Key points to cover">
          <ul className="list-disc pl-5 text-sm text-neutral-800">
            {evaluation.key_points_missed.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </Part>
      ) : null}
      {evaluation.suggestion ? (
        <Part title="Suggestion">
          <p className="text-sm text-neutral-800">{evaluation.suggestion}</p>
        </Part>
      ) : null}
    </>
  );
}

function EvaluationDetails({ evaluation }: { evaluation: AnswerEvaluation }) {
  if (!isScored(evaluation)) return <NotScoredDetails evaluation={evaluation} />;
  return (
    <>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {SUB_SCORES.map(([key, label]) => (
          <div key={key} className="rounded-lg bg-neutral-50 px-3 py-2">
            <dt className="text-xs text-neutral-600">{label}</dt>
            <dd className="font-semibold text-neutral-900 tabular-nums">{evaluation[key]}</dd>
          </div>
        ))}
      </dl>
      <ScoreWorking evaluation={evaluation} />
      {evaluation.working?.delivery ? (
        <Part title={evaluation.working.delivery.basis === 'spoken' ? 'How you spoke' : 'Communication'}>
          <AnswerDelivery delivery={evaluation.working.delivery} />
        </Part>
      ) : null}
      {evaluation.key_points_missed.length > 0 ? (
        <Part title="Key points missed">
          <ul className="space-y-1 text-sm text-neutral-800">
            {evaluation.key_points_missed.map((point) => (
              <li key={point} className="flex gap-2">
                <CircleX aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-red-600" />
                {point}
              </li>
            ))}
          </ul>
        </Part>
      ) : null}
      {evaluation.key_points_covered.length > 0 ? (
        <Part title="Key points covered">
          <ul className="space-y-1 text-sm text-neutral-800">
            {evaluation.key_points_covered.map(({ point }) => (
              <li key={point} className="flex gap-2">
                <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-emerald-600" />
                {point}
              </li>
            ))}
          </ul>
        </Part>
      ) : null}
      {evaluation.remark ? (
        <Part title="Remark">
          <p className="text-sm text-neutral-800">{evaluation.remark}</p>
        </Part>
      ) : null}
      {evaluation.suggestion ? (
        <Part title="Suggestion">
          <p className="text-sm text-neutral-800">{evaluation.suggestion}</p>
        </Part>
      ) : null}
    </>
  );
}

interface BreakdownProps {
  interviewId: string;
  /** Whether failed evaluations can be asked for again (the candidate's own results). */
  canRetry: boolean;
  /** More about a question, under its feedback (retries, coaches' comments). */
  extra?: (question: QuestionResult) => ReactNode;
}

function QuestionBody({ question, interviewId, canRetry, extra }: BreakdownProps & { question: QuestionResult }) {
  const { evaluation } = question;
  const modelAnswer = evaluation?.model_answer ?? question.model_answer;
  return (
    <div className="space-y-5 px-5 pb-5">
      <WatchAnswer questionId={question.question_id} />
      {question.reason ? <p className="text-sm text-neutral-600">Why it was asked: {question.reason}</p> : null}
      {question.transcript ? (
        <Part title="Your answer">
          <EvidenceTranscript transcript={question.transcript} covered={evaluation?.key_points_covered ?? []} />
          {evaluation && evaluation.key_points_covered.length > 0 ? (
            <p className="text-xs text-neutral-500">
              Highlighted: the words that cover a key point. Hover or focus for which one.
            </p>
          ) : null}
          {question.over_time ? (
            <p className="flex items-center gap-1 text-xs text-amber-800">
              <Clock aria-hidden="true" className="size-3.5" />
              Answered over the time limit.
            </p>
          ) : null}
        </Part>
      ) : (
        <p className="text-sm text-neutral-600">You skipped this question.</p>
      )}
      {question.transcript && !evaluation && question.evaluation_status === 'failed' ? (
        <FailedEvaluation interviewId={interviewId} question={question} canRetry={canRetry} />
      ) : null}
      {question.transcript && !evaluation && question.evaluation_status !== 'failed' ? (
        <p className="flex items-center gap-2 text-sm text-neutral-600">
          <Spinner /> Evaluating this answer…
        </p>
      ) : null}
      {evaluation ? <EvaluationDetails evaluation={evaluation} /> : null}
      {!evaluation && question.key_points.length > 0 ? (
        <Part title="Key points to cover">
          <ul className="list-disc pl-5 text-sm text-neutral-800">
            {question.key_points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </Part>
      ) : null}
      {modelAnswer ? <ModelAnswer text={modelAnswer} /> : null}
      {extra?.(question)}
    </div>
  );
}

/** What the trigger says about the answer, for its accessible name. */
function scoreSummary(question: QuestionResult) {
  const { evaluation } = question;
  if (evaluation)
    return isScored(evaluation) ? `grade ${evaluation.grade}, ${evaluation.score} out of 100` : 'not enough to score';
  if (!question.transcript) return 'skipped';
  return question.evaluation_status === 'failed' ? 'not evaluated' : 'being evaluated';
}

function Score({ question }: { question: QuestionResult }) {
  const { evaluation } = question;
  if (evaluation && !isScored(evaluation)) return <Badge tone="neutral">Not enough to score</Badge>;
  if (evaluation) {
    return (
      <span className="flex shrink-0 items-center gap-2">
        <Badge tone={gradeTone(evaluation.grade)} className="text-sm">
          <span className="sr-only">Grade </span>
          {evaluation.grade}
        </Badge>
        <span className="text-sm text-neutral-600 tabular-nums">{evaluation.score}/100</span>
      </span>
    );
  }
  if (!question.transcript) return <Badge tone="neutral">Skipped</Badge>;
  return <Badge tone="neutral">{question.evaluation_status === 'failed' ? 'Not evaluated' : 'Evaluating…'}</Badge>;
}

/** One accordion item per question: the answer with its evidence, what was missed, and how to improve. */
export function QuestionBreakdown({
  questions,
  interviewId,
  canRetry,
  extra,
}: BreakdownProps & { questions: QuestionResult[] }) {
  return (
    <section aria-labelledby="breakdown-heading" className="space-y-3">
      <h2 id="breakdown-heading" className="text-lg font-semibold text-neutral-900">
        Question by question
      </h2>
      <Accordion.Root
        type="multiple"
        className="divide-y divide-neutral-200 rounded-2xl border border-neutral-200 bg-white shadow-sm"
      >
        {questions.map((question, index) => (
          <Accordion.Item key={question.question_id} value={question.question_id}>
            <Accordion.Header className="m-0">
              <Accordion.Trigger
                aria-label={`Question ${index + 1}: ${question.text} (${scoreSummary(question)})`}
                className="group flex w-full items-start gap-3 p-4 text-left hover:bg-neutral-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 sm:p-5"
              >
                <span className="text-sm font-semibold text-neutral-500 tabular-nums">{index + 1}.</span>
                {/* On a phone the grade goes under the question, which keeps the width to read it. */}
                <span className="flex min-w-0 flex-1 flex-col gap-2 sm:flex-row sm:items-start sm:gap-3">
                  <span className="min-w-0 flex-1">
                    <span className="block font-medium text-neutral-900">{question.text}</span>
                    <span className="mt-1 block text-xs text-neutral-500">{CATEGORY_LABELS[question.category]}</span>
                  </span>
                  <Score question={question} />
                </span>
                <ChevronDown
                  aria-hidden="true"
                  className="mt-0.5 size-4 shrink-0 text-neutral-500 transition-transform group-data-[state=open]:rotate-180"
                />
              </Accordion.Trigger>
            </Accordion.Header>
            <Accordion.Content>
              <QuestionBody question={question} interviewId={interviewId} canRetry={canRetry} extra={extra} />
            </Accordion.Content>
          </Accordion.Item>
        ))}
      </Accordion.Root>
    </section>
  );
}
