import { ConfirmDialog } from '@/components/ui/confirm-dialog';

interface RoomDialogsProps {
  confirming: 'skip' | 'finish' | null;
  onConfirmingChange: (confirming: 'skip' | 'finish' | null) => void;
  unanswered: number;
  isSkipping: boolean;
  isFinishing: boolean;
  onSkip: () => void;
  onFinish: () => void;
}

/** "Skip this question?" and "Finish the interview?", asked before acting. */
export function RoomDialogs({ confirming, onConfirmingChange, unanswered, isSkipping, isFinishing, onSkip, onFinish }: RoomDialogsProps) {
  return (
    <>
      <ConfirmDialog
        open={confirming === 'skip'}
        onOpenChange={(open) => onConfirmingChange(open ? 'skip' : null)}
        title="Skip this question?"
        description="It counts as unanswered in your results. You can come back to it from the stage list before you finish."
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
    </>
  );
}
