import { Flag, ListChecks, LogOut } from 'lucide-react';
import type { ReactNode } from 'react';

import { Progress } from '@/components/ui/progress';
import { cn } from '@/lib/cn';

import type { Interview } from '../api/get-interview';
import { roomDetails } from '../lib/labels';

interface RoomTopBarProps {
  interview: Interview;
  /** The question's countdown, when a question is being asked. */
  timer: ReactNode;
  /** Settled questions, out of 100. */
  progress: number;
  onOpenStages: () => void;
  /** Offered while a question is on screen (the wrap-up has its own Finish). */
  onFinish?: () => void;
  onLeave: () => void;
}

const BAR_BUTTON =
  'inline-flex h-9 shrink-0 items-center justify-center gap-1.5 rounded-lg px-2.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-400';

/** The call's bar: which interview, the clock, the question list, Finish and Leave (both ask first). */
export function RoomTopBar({ interview, timer, progress, onOpenStages, onFinish, onLeave }: RoomTopBarProps) {
  const details = roomDetails(interview);
  return (
    <header className="shrink-0 border-b border-white/10 bg-neutral-900 text-white">
      <div className="flex h-14 items-center gap-2 px-3 sm:gap-3 sm:px-4">
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-sm font-semibold sm:text-base">{interview.role} interview</h1>
          {details ? <p className="hidden truncate text-xs text-neutral-400 sm:block">{details}</p> : null}
        </div>
        {timer}
        <button
          type="button"
          aria-label="Questions"
          title="Questions"
          className={cn(BAR_BUTTON, 'bg-white/10 hover:bg-white/20')}
          onClick={onOpenStages}
        >
          <ListChecks aria-hidden="true" className="size-4" />
          <span className="hidden md:inline">Questions</span>
        </button>
        {onFinish ? (
          <button
            type="button"
            aria-label="Finish interview"
            title="Finish interview"
            className={cn(BAR_BUTTON, 'bg-white text-neutral-900 hover:bg-neutral-200')}
            onClick={onFinish}
          >
            <Flag aria-hidden="true" className="size-4" />
            <span className="hidden md:inline">Finish</span>
          </button>
        ) : null}
        <button
          type="button"
          aria-label="Leave interview"
          title="Leave interview"
          className={cn(BAR_BUTTON, 'bg-red-600 hover:bg-red-700')}
          onClick={onLeave}
        >
          <LogOut aria-hidden="true" className="size-4" />
          <span className="hidden md:inline">Leave</span>
        </button>
      </div>
      <Progress value={progress} label="Interview progress" className="h-1 rounded-none bg-white/10" />
    </header>
  );
}
