import { Lightbulb } from 'lucide-react';

import { Button } from '@/components/ui/button';

import type { CodingQuestion } from '../api/get-coding-question';
import { useTakeHint } from '../api/take-hint';

interface HintsPanelProps {
  interviewId: string;
  questionId: string;
  hints: CodingQuestion['hints'];
  readOnly: boolean;
}

/** Hints taken so far, and the next one with what it costs. */
export function HintsPanel({ interviewId, questionId, hints, readOnly }: HintsPanelProps) {
  const take = useTakeHint();
  return (
    <section aria-label="Hints" className="space-y-2 text-sm text-neutral-100">
      {hints.used.length ? (
        <ol className="space-y-1">
          {hints.used.map((hint) => (
            <li key={hint.index} className="rounded-lg bg-amber-400/10 p-2 text-amber-100">
              <span className="font-semibold">Hint {hint.index + 1}</span> (−{hint.cost} points): {hint.text}
            </li>
          ))}
        </ol>
      ) : null}
      {hints.remaining > 0 && !readOnly ? (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          disabled={take.isPending}
          onClick={() => take.mutate({ interviewId, questionId })}
        >
          <Lightbulb aria-hidden="true" className="size-4" />
          Take a hint (costs {hints.cost_per_hint} points, {hints.remaining} left)
        </Button>
      ) : null}
      {hints.penalty > 0 ? (
        <p className="text-xs text-neutral-400">Hints cost you {hints.penalty} points so far.</p>
      ) : null}
    </section>
  );
}
