import { useQueryClient } from '@tanstack/react-query';
import { Flag } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';

import { Button } from '@/components/ui/button';
import { Progress } from '@/components/ui/progress';
import { InterviewerAvatar } from '@/features/avatar/components/interviewer-avatar';
import { useResumePendingUploads } from '@/features/recordings/hooks/use-resume-pending-uploads';
import { ApiError, errorMessage } from '@/lib/api-error';

import { useAnswerQuestion } from '../api/answer-question';
import { useCompleteInterview } from '../api/complete-interview';
import { interviewQueryKey, type Interview, type InterviewQuestion } from '../api/get-interview';
import { useSkipQuestion } from '../api/skip-question';
import { useRoomMedia } from '../hooks/use-room-media';
import type { SubmittedAnswer } from './answer-form';
import { EndedPanel } from './ended-panel';
import { MediaBar } from './media-bar';
import { QuestionPanel } from './question-panel';
import { QuestionTimer } from './question-timer';
import { RoomDialogs } from './room-dialogs';
import { RoomHeading } from './room-heading';
import { StageChecklist } from './stage-checklist';
import { StartScreen } from './start-screen';
import { WrapUpScreen } from './wrap-up-screen';

interface InterviewRoomProps {
  interview: Interview;
  /** When the interview was read from the server (the clock counts on from there). */
  fetchedAt: number;
  onFinished: (interview: Interview) => void;
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
  const media = useRoomMedia(interview.id, shown?.id ?? null);

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

  function submit(questionId: string, { transcript, durationS, source, timings }: SubmittedAnswer) {
    media.markers.end(questionId);
    const recording = media.recordingId ? { recording_id: media.recordingId } : {};
    const timed = timings ? { timings } : {};
    answer.mutate(
      { interviewId: interview.id, questionId, answer: { transcript, duration_s: durationS, source, ...recording, ...timed } },
      { onSuccess: showNext, onError },
    );
  }

  function skipShown() {
    if (!shown) return;
    media.markers.end(shown.id);
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
  }

  function finish() {
    complete.mutate(interview.id, {
      onSuccess: (finished) => {
        setConfirming(null);
        if (shown) media.markers.end(shown.id); // Finished early: the question on screen ends here.
        // Stores the last part, then uploads and finalizes in the background: the results do not wait.
        void media.session.finish().finally(() => onFinished(finished));
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
      <MediaBar interviewId={interview.id} media={media} />
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
              onSubmit={(submitted) => submit(shown.id, submitted)}
              avatar={media.chosen === 'typed' ? null : <InterviewerAvatar interviewId={interview.id} questions={questions} currentQuestion={shown} />}
              voice={media.voice}
            />
          ) : (
            <WrapUpScreen interview={interview} isFinishing={complete.isPending} onFinish={finish} />
          )}
        </div>
      </div>
      <RoomDialogs
        confirming={confirming}
        onConfirmingChange={setConfirming}
        unanswered={questions.length - settled.length}
        isSkipping={skip.isPending}
        isFinishing={complete.isPending}
        onSkip={skipShown}
        onFinish={finish}
      />
    </div>
  );
}

/** The interview as the candidate lives it: start, answer question by question, finish. */
export function InterviewRoom(props: InterviewRoomProps) {
  const { interview } = props;
  useResumePendingUploads();
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
