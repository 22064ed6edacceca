import { ArrowLeft } from 'lucide-react';
import { Link, useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';

import { PageHeader } from '@/components/layout/page-header';
import { paths } from '@/config/paths';
import { DeviceCheck } from '@/capabilities/recordings/components/device-check';

/** The camera and microphone check: before an interview (/app/interviews/:id/setup) or on its own. */
export default function DeviceCheckRoute() {
  const { interviewId } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <Link
        to={interviewId ? paths.app.interview.to(interviewId) : paths.app.dashboard}
        className="mb-4 inline-flex items-center gap-1 text-sm font-medium text-indigo-700 hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {interviewId ? 'Back to the interview' : 'Dashboard'}
      </Link>
      <div className="mx-auto max-w-4xl">
        <PageHeader title="Camera and microphone check" />
        <DeviceCheck
          interviewId={interviewId}
          continueLabel={interviewId ? 'Save and go to the interview' : 'Save'}
          onContinue={() => {
            if (interviewId) void navigate(paths.app.interview.to(interviewId));
            else toast.success('Saved. Your next interviews use this setting.');
          }}
        />
      </div>
    </>
  );
}
