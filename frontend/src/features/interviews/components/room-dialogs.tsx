import { ConfirmDialog } from '@/components/ui/confirm-dialog';

interface RoomDialogsProps {
  confirming: 'skip' | 'finish' | null;
  onConfirmingChange: (confirming: 'skip' | 'finish' | null) => void;
  unanswered: number;
  isSkipping: boolean;
  isFinishing: boolean;
  onSkip: () => void;
  onFinish: () => void;
  /** Leaving the room (Leave, Back, a link) waits for an answer. */
  isLeaving: boolean;
  onStay: () => void;
  onLeave: () => void;
}

/** "Skip this question?", "Finish the interview?" and "Leave the interview?", asked before acting. */
export function RoomDialogs(props: RoomDialogsProps) {
  const {
    confirming,
    onConfirmingChange,
    unanswered,
    isSkipping,
    isFinishing,
    onSkip,
    onFinish,
    isLeaving,
    onStay,
    onLeave,
  } = props;
  return (
    <>
      <ConfirmDialog
        open={confirming === 'skip'}
        onOpenChange={(open) => onConfirmingChange(open ? 'skip' : null)}
        title="Skip this question?"
        description="It counts as unanswered in your results. You can come back to it from the question list before you finish."
        confirmLabel="Skip question"
        pendingLabel="Skipping…"
        isPending={isSkipping}
        onConfirm={onSkip}
      />
      <ConfirmDialog
        open={confirming === 'finish'}
        onOpenChange={(open) => onConfirmingChange(open ? 'finish' : null)}
        title="Finish the interview?"
        description={
          unanswered > 0
            ? `${unanswered} unanswered ${unanswered === 1 ? 'question counts' : 'questions count'} as skipped. Your answers are then scored.`
            : 'Your answers are then scored and you see your results.'
        }
        confirmLabel="Finish interview"
        pendingLabel="Finishing…"
        isPending={isFinishing}
        onConfirm={onFinish}
      />
      <ConfirmDialog
        open={isLeaving}
        onOpenChange={(open) => (open ? undefined : onStay())}
        title="Leave the interview?"
        description="Your submitted answers are saved and the interview stays open: continue it later from Interviews. An answer you have not submitted is kept in this browser."
        confirmLabel="Leave interview"
        cancelLabel="Stay"
        onConfirm={onLeave}
      />
    </>
  );
}
