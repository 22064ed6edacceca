import { lazy, Suspense, useCallback, useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';

import { MAIN_CONTENT_ID, SkipLink } from '@/components/layout/skip-link';
import { paths } from '@/config/paths';
import { ScreenShareToggle } from '@/capabilities/recordings/components/screen-share-toggle';
import type { MediaMode } from '@/capabilities/recordings/lib/media-mode';

import type { Interview, InterviewQuestion } from '../api/get-interview';
import { useLeaveGuard } from '../hooks/use-leave-guard';
import { useRoomActions } from '../hooks/use-room-actions';
import { useRoomMedia } from '../hooks/use-room-media';
import { mainQuestionCount, numberQuestions, questionLabel } from '../lib/question-numbering';
import { AnswerForm } from './answer-form';
import { CurrentQuestion } from './current-question';
import { InterviewerTile } from './interviewer-tile';
import { QuestionTimer } from './question-timer';
import { RoomDialogs } from './room-dialogs';
import { RoomTopBar } from './room-top-bar';
import { SelfViewTile } from './self-view-tile';
import { StagesDialog } from './stages-dialog';
import { WrapUpScreen } from './wrap-up-screen';

// Loaded only when a coding question is shown: the editor and runners stay out of the room's bundle.
const CodingPanel = lazy(() => import('@/features/coding/components/coding-panel'));

export interface LiveRoomProps {
  interview: Interview;
  /** When the interview was read from the server (the clock counts on from there). */
  fetchedAt: number;
  onFinished: (interview: Interview) => void;
  mode: MediaMode;
  onModeChange: (mode: MediaMode) => void;
}

function currentQuestion(interview: Interview): InterviewQuestion | null {
  const { questions, clock } = interview;
  return (
    questions.find((question) => question.id === clock.current_question_id) ??
    questions.find((question) => question.status === 'pending' || question.status === 'asked') ??
    null
  );
}

/** The coding question whose editor stays open: the one shown, or the one a follow-up asks about. */
function codingQuestionFor(questions: InterviewQuestion[], shown: InterviewQuestion | null): InterviewQuestion | null {
  if (!shown) return null;
  if (shown.category === 'coding') return shown;
  const parent = shown.parent_id ? questions.find((question) => question.id === shown.parent_id) : undefined;
  return parent?.category === 'coding' ? parent : null;
}

/** The interview as a video call: the interviewer and you side by side, the question captioned, the answer dock below. */
export function LiveRoom({ interview, fetchedAt, onFinished, mode, onModeChange }: LiveRoomProps) {
  const navigate = useNavigate();
  const textId = useId();
  const [revisingId, setRevisingId] = useState<string | null>(null);
  const [moved, setMoved] = useState(false);
  const [confirming, setConfirming] = useState<'skip' | 'finish' | null>(null);
  const [stagesOpen, setStagesOpen] = useState(false);

  const { questions } = interview;
  const current = currentQuestion(interview);
  const revising = questions.find((question) => question.id === revisingId && question.id !== current?.id) ?? null;
  const shown = revising ?? current;
  const settled = questions.filter((question) => question.status === 'answered' || question.status === 'skipped');
  const revisable = new Set(settled.map((question) => question.id));
  const numbers = useMemo(() => numberQuestions(questions), [questions]);
  const stages = interview.stages.map((stage) =>
    numbers.has(stage.key) ? { ...stage, label: questionLabel(numbers.get(stage.key)) } : stage,
  );
  const media = useRoomMedia(interview.id, shown?.id ?? null, mode);
  const coding = codingQuestionFor(questions, shown);
  const sharingOffered = questions.some((question) => question.category === 'coding') || media.screen.state !== 'off';

  /** Shows an earlier question to answer again, or (null) the interview's current one. */
  function openQuestion(questionId: string | null) {
    setRevisingId(questionId);
    setMoved(true); // The answer box takes the focus.
  }

  const actions = useRoomActions({
    interview,
    media,
    onMoved: () => {
      setConfirming(null);
      openQuestion(null);
    },
    onCompleted: () => setConfirming(null),
    onFinished,
  });

  // The setup page and the results belong to this interview's flow: no need to ask.
  const sameFlow = useCallback(
    (pathname: string) =>
      pathname === paths.app.interviewSetup.to(interview.id) ||
      pathname === paths.app.interviewResults.to(interview.id),
    [interview.id],
  );
  const blocker = useLeaveGuard({ when: true, allow: sameFlow });

  const label = shown ? questionLabel(numbers.get(shown.id), mainQuestionCount(questions)) : '';
  const timer =
    shown && shown.id === interview.clock.current_question_id ? (
      <QuestionTimer clock={interview.clock} fetchedAt={fetchedAt} />
    ) : null;
  return (
    <div className="flex h-dvh flex-col bg-neutral-950">
      <SkipLink />
      <RoomTopBar
        interview={interview}
        timer={timer}
        progress={(100 * settled.length) / Math.max(1, questions.length)}
        onOpenStages={() => setStagesOpen(true)}
        onFinish={shown ? () => setConfirming('finish') : undefined}
        onLeave={() => void navigate(paths.app.interviews)}
      />
      <main
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto p-3 focus:outline-none sm:px-4"
      >
        {/* Stacked on a phone, each tile keeps a floor (the interviewer's fits its face, a note and the
            controls): a long question scrolls the room instead of shrinking the face to a dot. The grid's
            own floor is both rows' and the gap (11 + 8 + 0.75rem), or the tiles would spill over the question. */}
        <div className="grid min-h-[19.75rem] flex-1 grid-rows-[minmax(11rem,1fr)_minmax(8rem,1fr)] gap-3 sm:min-h-64 sm:grid-cols-2 sm:grid-rows-1">
          <InterviewerTile interviewId={interview.id} questions={questions} question={shown} />
          <SelfViewTile interviewId={interview.id} media={media} onModeChange={onModeChange} />
        </div>
        {shown ? (
          <CurrentQuestion
            question={shown}
            label={label}
            textId={textId}
            isRevision={revising !== null}
            onBackToCurrent={revising ? () => openQuestion(null) : undefined}
          />
        ) : (
          <WrapUpScreen interview={interview} isFinishing={actions.isFinishing} onFinish={() => actions.finish(null)} />
        )}
      </main>
      {sharingOffered ? (
        <div className="shrink-0 px-3 pt-2 sm:px-4">
          <ScreenShareToggle share={media.screen} />
        </div>
      ) : null}
      {coding ? (
        // Kept open through the follow-up about the code: the verdict and the code stay in view.
        <div className={`${coding === shown ? 'max-h-[70dvh]' : 'max-h-[40dvh]'} shrink-0 overflow-y-auto p-3 sm:px-4`}>
          <Suspense fallback={<p className="text-sm text-neutral-300">Loading the code editor…</p>}>
            <CodingPanel key={coding.id} interviewId={interview.id} questionId={coding.id} />
          </Suspense>
        </div>
      ) : null}
      {shown && shown.category !== 'coding' ? (
        <AnswerForm
          key={shown.id}
          interviewId={interview.id}
          questionId={shown.id}
          questionTextId={textId}
          initialAnswer={revising ? (shown.answer?.transcript ?? '') : ''}
          isRevision={revising !== null}
          isSubmitting={actions.isSubmitting}
          autoFocus={moved}
          onSubmit={(submitted) => actions.submit(shown.id, submitted)}
          onSkip={revising === null && shown.status !== 'answered' ? () => setConfirming('skip') : undefined}
          voice={media.voice}
        />
      ) : null}
      <StagesDialog
        open={stagesOpen}
        onOpenChange={setStagesOpen}
        stages={stages}
        revisable={revisable}
        shownKey={shown?.id ?? 'wrap_up'}
        onOpen={openQuestion}
      />
      <RoomDialogs
        confirming={confirming}
        onConfirmingChange={setConfirming}
        unanswered={questions.length - settled.length}
        isSkipping={actions.isSkipping}
        isFinishing={actions.isFinishing}
        onSkip={() => shown && actions.skipQuestion(shown.id)}
        onFinish={() => actions.finish(shown?.id ?? null)}
        isLeaving={blocker.state === 'blocked'}
        onStay={() => blocker.reset?.()}
        onLeave={() => blocker.proceed?.()}
      />
    </div>
  );
}
