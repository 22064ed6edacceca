import { useQueryClient } from '@tanstack/react-query';
import { Flag } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';

import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Progress } from '@/components/ui/progress';
import { paths } from '@/config/paths';
import { ApiError, errorMessage } from '@/lib/api-error';

import { useAnswerQuestion } from '../api/answer-question';
import { useCompleteInterview } from '../api/complete-interview';
import { interviewQueryKey, type Interview, type InterviewQuestion } from '../api/get-interview';
import { useSkipQuestion } from '../api/skip-question';
import { SENIORITY_LABELS, isSeniority } from '../lib/labels';
import { QuestionPanel } from './question-panel';
import { QuestionTimer } from './question-timer';
import { StageChecklist } from './stage-checklist';
import { StartScreen } from './start-screen';
import { WrapUpScreen } from './wrap-up-screen';

interface InterviewRoomProps {
  interview: Interview;
  /** When the interview was read from the server (the clock counts on from there). */
  fetchedAt: number;
  onFinished: (interview: Interview) => void;
}

function RoomHeading({ interview }: { interview: Interview }) {
  const level = isSeniority(interview.seniority) ? `${SENIORITY_LABELS[interview.seniority]} ` : '';
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight text-neutral-900">
        {level}
        {interview.role} interview
      </h1>
      {interview.job_title ? <p className="text-neutral-600">For {interview.job_title}</p> : null}
    </div>
  );
}

function currentQuestion(interview: Interview): InterviewQuestion | null {
  const { questions, clock } = interview;
  return (
    questions.find((question) => question.id === clock.current_question_id) ??
    questions.find((question) => question.status === 'pending' || question.status === 'asked') ??
    null
  );
}

function InProgressRoom({ interview, fetchedAt, onFinished }: InterviewRoomProps) {
  const queryClient = useQueryClient();
  const [revisingId, setRevisingId] = useState<string | null>(null);
  const [moved, setMoved] = useState(false);
  const [confirming, setConfirming] = useState<'skip' | 'finish' | null>(null);
  const answer = useAnswerQuestion();
  const skip = useSkipQuestion();
  const complete = useCompleteInterview();

  const { questions } = interview;
  const current = currentQuestion(interview);
  const revising = questions.find((question) => question.id === revisingId && question.id !== current?.id) ?? null;
  const shown = revising ?? current;
  const settled = questions.filter((question) => question.status === 'answered' || question.status === 'skipped');
  const revisable = new Set(settled.map((question) => question.id));

  function onError(error: unknown) {
    toast.error(errorMessage(error));
    // The interview changed elsewhere (finished in another tab): show what it is now.
    if (error instanceof ApiError && error.status === 409) {
      void queryClient.invalidateQueries({ queryKey: interviewQueryKey(interview.id) });
    }
  }

  function showNext() {
    setRevisingId(null);
    setMoved(true);
  }

  function finish() {
    complete.mutate(interview.id, {
      onSuccess: (finished) => {
        setConfirming(null);
        onFinished(finished);
      },
      onError,
    });
  }

  return (
    <div className="space-y-6">
      <header className="space-y-4 rounded-2xl border border-neutral-200 bg-white p-5 shadow-sm">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <RoomHeading interview={interview} />
          <div className="flex flex-wrap items-center gap-3">
            {shown && shown.id === interview.clock.current_question_id ? <QuestionTimer clock={interview.clock} fetchedAt={fetchedAt} /> : null}
            {shown ? (
              <Button variant="secondary" onClick={() => setConfirming('finish')}>
                <Flag aria-hidden="true" className="size-4" />
                Finish interview
              </Button>
            ) : null}
          </div>
        </div>
        <div className="space-y-1.5">
          <p className="text-sm font-medium text-neutral-700">
            {shown ? `Question ${questions.indexOf(shown) + 1} of ${questions.length}` : 'All questions done'}
          </p>
          <Progress value={(100 * settled.length) / Math.max(1, questions.length)} label="Interview progress" />
        </div>
      </header>
      <div className="grid gap-6 lg:grid-cols-[15rem_1fr]">
        <aside className="order-last lg:order-first">
          <StageChecklist
            stages={interview.stages}
            revisable={revisable}
            shownKey={shown?.id ?? 'wrap_up'}
            onOpen={(questionId) => {
              setRevisingId(questionId);
              setMoved(true);
            }}
          />
        </aside>
        <div>
          {shown ? (
            <QuestionPanel
              question={shown}
              number={questions.indexOf(shown) + 1}
              total={questions.length}
              isRevision={revising !== null}
              isSubmitting={answer.isPending}
              autoFocus={moved}
              onBackToCurrent={revising ? showNext : undefined}
              onSkip={() => setConfirming('skip')}
              onSubmit={({ transcript, durationS }) =>
                answer.mutate(
                  { interviewId: interview.id, questionId: shown.id, answer: { transcript, duration_s: durationS, source: 'typed' } },
                  { onSuccess: showNext, onError },
                )
              }
            />
          ) : (
            <WrapUpScreen interview={interview} isFinishing={complete.isPending} onFinish={finish} />
          )}
        </div>
      </div>
      <ConfirmDialog
        open={confirming === 'skip'}
        onOpenChange={(open) => setConfirming(open ? 'skip' : null)}
        title="Skip this question?"
        description="It counts as unanswered in your results. You can come back to it from the stage list before you finish."
        confirmLabel="Skip question"
        pendingLabel="Skipping…"
        isPending={skip.isPending}
        onConfirm={() => {
          if (!shown) return;
          skip.mutate(
            { interviewId: interview.id, questionId: shown.id },
            {
              onSuccess: () => {
                setConfirming(null);
                showNext();
              },
              onError,
            },
          );
        }}
      />
      <ConfirmDialog
        open={confirming === 'finish'}
        onOpenChange={(open) => setConfirming(open ? 'finish' : null)}
        title="Finish the interview?"
        description={
          questions.length - settled.length > 0
            ? `${questions.length - settled.length} unanswered ${questions.length - settled.length === 1 ? 'question counts' : 'questions count'} as skipped. Your answers are then scored.`
            : 'Your answers are then scored and you see your results.'
        }
        confirmLabel="Finish interview"
        pendingLabel="Finishing…"
        isPending={complete.isPending}
        onConfirm={finish}
      />
    </div>
  );
}

function EndedPanel({ interview }: { interview: Interview }) {
  const completed = interview.status === 'completed';
  return (
    <div className="space-y-6">
      <RoomHeading interview={interview} />
      <section className="space-y-4 rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm">
        <p className="text-neutral-800">{completed ? 'This interview is finished.' : 'This interview was abandoned.'}</p>
        <Button asChild>
          {completed ? (
            <Link to={paths.app.interviewResults.to(interview.id)}>See your results</Link>
          ) : (
            <Link to={paths.app.newInterview.to()}>Start a new interview</Link>
          )}
        </Button>
      </section>
    </div>
  );
}

/** The interview as the candidate lives it: start, answer question by question, finish. */
export function InterviewRoom(props: InterviewRoomProps) {
  const { interview } = props;
  if (interview.status === 'scheduled') {
    return (
      <div className="space-y-6">
        <RoomHeading interview={interview} />
        <StartScreen interview={interview} />
      </div>
    );
  }
  if (interview.status === 'in_progress') return <InProgressRoom {...props} />;
  return <EndedPanel interview={interview} />;
}
