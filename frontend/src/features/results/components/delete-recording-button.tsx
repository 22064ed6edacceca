import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';

import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage } from '@/lib/api-error';

import { useDeleteRecording } from '../api/delete-recording';

interface DeleteRecordingButtonProps {
  interviewId: string;
  recordingId: string;
  onDeleted: () => void;
}

/** The candidate's video is theirs to remove; scores and written feedback stay. */
export function DeleteRecordingButton({ interviewId, recordingId, onDeleted }: DeleteRecordingButtonProps) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteRecording(interviewId);
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden="true" className="size-4" />
        Delete recording
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Delete this recording?"
        description="The video and its delivery analytics are removed for good. Your scores and written feedback stay."
        confirmLabel="Delete recording"
        pendingLabel="Deleting…"
        isPending={remove.isPending}
        onConfirm={() =>
          remove.mutate(recordingId, {
            onSuccess: () => {
              setOpen(false);
              toast.success('Your recording was deleted.');
              onDeleted();
            },
            onError: (error) => toast.error(errorMessage(error)),
          })
        }
      />
    </>
  );
}
