import { Check, Circle, CircleDot, SkipForward } from 'lucide-react';

import { cn } from '@/lib/cn';

import type { Stage } from '../api/get-interview';

const STATUS_TEXT: Record<Stage['status'], string> = {
  done: 'done',
  current: 'current',
  pending: 'to come',
  skipped: 'skipped',
};

function StageIcon({ status }: { status: Stage['status'] }) {
  const className = 'size-4 shrink-0';
  if (status === 'done') return <Check aria-hidden="true" className={cn(className, 'text-emerald-600')} />;
  if (status === 'current') return <CircleDot aria-hidden="true" className={cn(className, 'text-indigo-600')} />;
  if (status === 'skipped') return <SkipForward aria-hidden="true" className={cn(className, 'text-amber-600')} />;
  return <Circle aria-hidden="true" className={cn(className, 'text-neutral-400')} />;
}

interface StageChecklistProps {
  stages: Stage[];
  /** Ids of the questions that can be opened again (answered or skipped). */
  revisable: Set<string>;
  /** The question on screen. */
  shownKey: string | null;
  onOpen: (questionId: string) => void;
}

/** Introduction, each question, wrap-up; answered and skipped questions can be opened again. */
export function StageChecklist({ stages, revisable, shownKey, onOpen }: StageChecklistProps) {
  return (
    <nav aria-label="Stages">
      <ol className="space-y-1">
        {stages.map((stage) => {
          const isShown = stage.key === shownKey;
          const content = (
            <>
              <StageIcon status={stage.status} />
              <span className="flex-1">{stage.label}</span>
              <span className="sr-only"> ({STATUS_TEXT[stage.status]})</span>
            </>
          );
          const classes = cn(
            'flex w-full items-center gap-2 rounded-lg px-2 py-1.5 text-left text-sm',
            isShown ? 'bg-indigo-50 font-medium text-indigo-800' : 'text-neutral-700',
            stage.status === 'pending' && !isShown && 'text-neutral-500',
          );
          return (
            <li key={stage.key}>
              {revisable.has(stage.key) && !isShown ? (
                <button
                  type="button"
                  aria-label={`${stage.label} (${STATUS_TEXT[stage.status]})`}
                  className={cn(
                    classes,
                    'hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-indigo-600',
                  )}
                  onClick={() => onOpen(stage.key)}
                >
                  {content}
                </button>
              ) : (
                <span className={classes} aria-current={isShown ? 'step' : undefined}>
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {revisable.size > 0 ? (
        <p className="mt-3 text-xs text-neutral-500">Open an answered or skipped question to answer it again.</p>
      ) : null}
    </nav>
  );
}
