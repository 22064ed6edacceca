import { useState } from 'react';

import { useResumePendingUploads } from '@/capabilities/recordings/hooks/use-resume-pending-uploads';
import type { MediaMode } from '@/capabilities/recordings/lib/media-mode';

import { roomMode, saveRoomMode } from '../lib/room-mode';
import { EndedPanel } from './ended-panel';
import { FocusFrame } from './focus-frame';
import { LiveRoom, type LiveRoomProps } from './live-room';
import { RoomHeading } from './room-heading';
import { StartScreen } from './start-screen';

type InterviewRoomProps = Omit<LiveRoomProps, 'mode' | 'onModeChange'>;

function InProgressRoom(props: InterviewRoomProps) {
  const interviewId = props.interview.id;
  const [mode, setMode] = useState(() => roomMode(interviewId));

  function changeMode(next: MediaMode) {
    saveRoomMode(interviewId, next);
    setMode(next);
  }

  // A new mode opens the devices afresh, as a reload would: the recording resumes where it was.
  return <LiveRoom key={mode} {...props} mode={mode} onModeChange={changeMode} />;
}

/** The interview as the candidate lives it, without the app around it: start, answer question by question, finish. */
export function InterviewRoom(props: InterviewRoomProps) {
  const { interview } = props;
  useResumePendingUploads();
  if (interview.status === 'in_progress') return <InProgressRoom {...props} />;
  return (
    <FocusFrame>
      {interview.status === 'scheduled' ? (
        <div className="space-y-6">
          <RoomHeading interview={interview} />
          <StartScreen interview={interview} />
        </div>
      ) : (
        <EndedPanel interview={interview} />
      )}
    </FocusFrame>
  );
}
