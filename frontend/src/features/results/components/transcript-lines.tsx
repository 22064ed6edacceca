import { useRef } from 'react';

import { cn } from '@/lib/cn';

import type { TranscriptLine } from '../api/recording-types';
import { useFollowActive } from '../hooks/use-follow-active';
import { formatClock } from '../lib/recording';

interface TranscriptLinesProps {
  lines: TranscriptLine[];
  activeIndex: number;
  onSeek: (seconds: number) => void;
  className?: string;
}

/** The transcript beside the video: the line being played is marked; a line plays from its start. */
export function TranscriptLines({ lines, activeIndex, onSeek, className }: TranscriptLinesProps) {
  const listRef = useRef<HTMLOListElement>(null);
  useFollowActive(listRef, activeIndex);

  if (lines.length === 0) {
    return <p className={cn('text-sm text-neutral-600', className)}>No transcript is available for this recording.</p>;
  }
  return (
    <ol
      ref={listRef}
      aria-label="Transcript"
      className={cn('relative space-y-1 overflow-y-auto overscroll-contain pr-1', className)}
    >
      {lines.map((line, index) => {
        const active = index === activeIndex;
        return (
          <li key={`${line.start_s}-${index}`} data-index={index}>
            <button
              type="button"
              aria-current={active ? 'true' : undefined}
              onClick={() => onSeek(line.start_s)}
              className={cn(
                'flex w-full gap-3 rounded-lg px-3 py-2 text-left text-sm leading-relaxed text-neutral-800 hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-indigo-600',
                active && 'bg-indigo-50 text-indigo-950 ring-1 ring-indigo-200 ring-inset hover:bg-indigo-100',
              )}
            >
              <span
                className={cn(
                  'shrink-0 text-xs text-neutral-500 tabular-nums',
                  active && 'font-semibold text-indigo-700',
                )}
              >
                <span className="sr-only">Play from</span> {formatClock(line.start_s)}
              </span>{' '}
              <span>{line.text}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
