import { Target } from 'lucide-react';
import { useNavigate } from 'react-router';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';

import { DRILL_QUESTIONS, useStartDrill } from '../api/start-drill';

/** Starts a 3-question drill on the weakest spots (of one interview, when given) and opens it. */
export function StartDrillButton({
  interviewId,
  children = 'Start drill',
}: {
  interviewId?: string;
  children?: string;
}) {
  const drill = useStartDrill();
  const navigate = useNavigate();
  return (
    <div className="space-y-2">
      <Button
        isLoading={drill.isPending}
        onClick={() =>
          drill.mutate(
            { question_count: DRILL_QUESTIONS, interview_id: interviewId ?? null },
            {
              onSuccess: (interview) => void navigate(paths.app.interview.to(interview.id)),
            },
          )
        }
      >
        <Target aria-hidden="true" className="size-4" />
        {children}
      </Button>
      {drill.isError ? <ErrorAlert>{errorMessage(drill.error)}</ErrorAlert> : null}
    </div>
  );
}
