import { Keyboard, Play, Settings2, Video } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';

import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { MEDIA_MODE_LABELS } from '@/capabilities/recordings/lib/media-mode';
import { errorMessage } from '@/lib/api-error';
import { distinctJobTitle, employerOfRole } from '@/lib/job-title';

import type { Interview } from '../api/get-interview';
import { useStartInterview } from '../api/start-interview';
import { mainQuestionCount } from '../lib/question-numbering';
import { formatDuration } from '../lib/labels';
import { roomMode, saveRoomMode } from '../lib/room-mode';

/** Before the clock starts: what to expect, how you will answer, and "Start interview". */
export function StartScreen({ interview }: { interview: Interview }) {
  const start = useStartInterview();
  const [mode, setMode] = useState(() => roomMode(interview.id));
  const count = mainQuestionCount(interview.questions);
  const jobTitle = distinctJobTitle(interview.job_title, interview.role);
  const employer = employerOfRole(interview.job_title, interview.role);
  const spoken = mode !== 'typed';

  function switchMode() {
    const next = spoken ? 'typed' : 'video';
    saveRoomMode(interview.id, next);
    setMode(next);
  }

  return (
    <section
      aria-labelledby="start-heading"
      className="mx-auto max-w-2xl space-y-6 rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm sm:p-8"
    >
      <div className="space-y-2">
        <h2 id="start-heading" className="text-xl font-semibold text-neutral-900">
          Ready when you are
        </h2>
        <p className="text-neutral-700">
          {count} {count === 1 ? 'question' : 'questions'} for <span className="font-medium">{interview.role}</span>
          {employer ? <> at {employer}</> : jobTitle ? <> ({jobTitle})</> : null}, about{' '}
          {formatDuration(interview.settings.time_per_question_s)} each.
        </p>
      </div>
      <ul className="list-disc space-y-2 pl-5 text-sm text-neutral-700">
        <li>The interviewer asks each question aloud, with captions you can read.</li>
        {spoken ? (
          <li>
            Answer out loud on camera: your words appear as text you can correct, and you can watch each answer back and
            re-record it before submitting.
          </li>
        ) : (
          <li>Type your answer as you would say it, then submit it.</li>
        )}
        <li>
          Each question has a timer. It turns amber near the end and red once you are over; you may still finish your
          answer.
        </li>
        <li>
          Structure helps: for a behavioural question, describe the situation, your task, what you did and the result.
        </li>
        {interview.settings.follow_ups ? <li>A short or thin answer may get a follow-up question.</li> : null}
        <li>You can skip a question, and go back to answer an earlier one again from the question list.</li>
        <li>When you finish, every answer is scored and you get a report with what to improve.</li>
      </ul>
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl bg-neutral-50 p-4 text-sm">
        <p className="text-neutral-800">
          Answer mode: <span className="font-medium">{MEDIA_MODE_LABELS[mode]}</span>
          {spoken ? ' (recorded)' : ''}
        </p>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <Button type="button" variant="ghost" size="sm" onClick={switchMode}>
            {spoken ? (
              <Keyboard aria-hidden="true" className="size-4" />
            ) : (
              <Video aria-hidden="true" className="size-4" />
            )}
            {spoken ? 'Type instead' : 'Use my camera'}
          </Button>
          <Link
            to={paths.app.interviewSetup.to(interview.id)}
            className="inline-flex items-center gap-1 font-medium text-indigo-700 hover:underline"
          >
            <Settings2 aria-hidden="true" className="size-4" />
            Check camera and microphone
          </Link>
        </div>
      </div>
      <Button
        size="lg"
        isLoading={start.isPending}
        onClick={() => start.mutate(interview.id, { onError: (error) => toast.error(errorMessage(error)) })}
      >
        {start.isPending ? null : <Play aria-hidden="true" className="size-4" />}
        Start interview
      </Button>
    </section>
  );
}
