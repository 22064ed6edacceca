import { useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';

import { ApiError, errorMessage } from '@/lib/api-error';

import { useAnswerQuestion } from '../api/answer-question';
import { useCompleteInterview } from '../api/complete-interview';
import { interviewQueryKey, type Interview } from '../api/get-interview';
import { useSkipQuestion } from '../api/skip-question';
import type { SubmittedAnswer } from '../components/answer-form';
import { clearDraft } from '../lib/answer-drafts';
import type { RoomMedia } from './use-room-media';

interface RoomActionsOptions {
  interview: Interview;
  media: RoomMedia;
  /** An answer was saved or a question skipped: show the next one. */
  onMoved: () => void;
  /** The server ended the interview; the recording is still being stored. */
  onCompleted: () => void;
  /** The recording is stored too: on to the results. */
  onFinished: (interview: Interview) => void;
}

/** Answer, skip and finish, each marking the recording and saying what went wrong. */
export function useRoomActions({ interview, media, onMoved, onCompleted, onFinished }: RoomActionsOptions) {
  const queryClient = useQueryClient();
  const answer = useAnswerQuestion();
  const skip = useSkipQuestion();
  const complete = useCompleteInterview();

  function onError(error: unknown) {
    toast.error(errorMessage(error));
    // The interview changed elsewhere (finished in another tab): show what it is now.
    if (error instanceof ApiError && error.status === 409) {
      void queryClient.invalidateQueries({ queryKey: interviewQueryKey(interview.id) });
    }
  }

  function submit(questionId: string, { transcript, durationS, source, timings }: SubmittedAnswer) {
    media.markers.end(questionId);
    const recording = media.recordingId ? { recording_id: media.recordingId } : {};
    const timed = timings ? { timings } : {};
    answer.mutate(
      {
        interviewId: interview.id,
        questionId,
        answer: { transcript, duration_s: durationS, source, ...recording, ...timed },
      },
      {
        onSuccess: () => {
          clearDraft(interview.id, questionId); // Saved on the server: the browser's copy goes.
          onMoved();
        },
        onError,
      },
    );
  }

  function skipQuestion(questionId: string) {
    media.markers.end(questionId);
    skip.mutate({ interviewId: interview.id, questionId }, { onSuccess: onMoved, onError });
  }

  /** `shownId`: the question on screen, which ends here when finishing early. */
  function finish(shownId: string | null) {
    complete.mutate(interview.id, {
      onSuccess: (finished) => {
        onCompleted();
        if (shownId) media.markers.end(shownId);
        // Stores the last part, then uploads and finalizes in the background: the results do not wait.
        void Promise.allSettled([media.session.finish(), media.screen.finish()]).finally(() => onFinished(finished));
      },
      onError,
    });
  }

  return {
    submit,
    skipQuestion,
    finish,
    isSubmitting: answer.isPending,
    isSkipping: skip.isPending,
    isFinishing: complete.isPending,
  };
}
