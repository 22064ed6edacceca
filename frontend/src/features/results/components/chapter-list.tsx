import { cn } from '@/lib/cn';

import type { Chapter } from '../api/recording-types';
import { formatClock } from '../lib/recording';

interface ChapterListProps {
  chapters: Chapter[];
  activeIndex: number;
  onSeek: (seconds: number) => void;
}

/** One button per question, jumping to where its answer starts. */
export function ChapterList({ chapters, activeIndex, onSeek }: ChapterListProps) {
  if (chapters.length === 0) return null;
  return (
    <nav aria-label="Chapters">
      <ol className="flex flex-wrap gap-2">
        {chapters.map((chapter, index) => {
          const active = index === activeIndex;
          return (
            <li key={chapter.question_id} className="max-w-full">
              <button
                type="button"
                title={chapter.title}
                aria-label={`Q${chapter.position}: ${chapter.title}, from ${formatClock(chapter.start_s)}`}
                aria-current={active ? 'true' : undefined}
                onClick={() => onSeek(chapter.start_s)}
                className={cn(
                  'flex max-w-full items-center gap-1.5 rounded-full border border-neutral-200 bg-white px-3 py-1 text-xs text-neutral-700 hover:bg-neutral-50 focus-visible:outline-2 focus-visible:outline-indigo-600',
                  active && 'border-indigo-300 bg-indigo-50 text-indigo-900',
                )}
              >
                <span className="font-semibold">Q{chapter.position}</span>
                <span className="max-w-[16rem] truncate">{chapter.title}</span>
                <span className="text-neutral-500 tabular-nums">{formatClock(chapter.start_s)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
