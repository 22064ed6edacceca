import { Dialog } from '@/components/ui/dialog';

import type { Stage } from '../api/get-interview';
import { StageChecklist } from './stage-checklist';

interface StagesDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  stages: Stage[];
  revisable: Set<string>;
  shownKey: string | null;
  onOpen: (questionId: string) => void;
}

/** The question list, one click from the call: where you are, and earlier answers to redo. */
export function StagesDialog({ open, onOpenChange, stages, revisable, shownKey, onOpen }: StagesDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Questions" className="max-w-sm">
      <StageChecklist
        stages={stages}
        revisable={revisable}
        shownKey={shownKey}
        onOpen={(questionId) => {
          onOpenChange(false);
          onOpen(questionId);
        }}
      />
    </Dialog>
  );
}
