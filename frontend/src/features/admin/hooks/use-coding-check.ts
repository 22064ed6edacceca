import { useEffect, useState } from 'react';

import { useCheckCodingProblem } from '../api/check-coding-problem';
import type { CodingProblemSummary } from '../api/get-coding-problems';

/** Whole seconds since `startedAt` while `running`: the sandbox reports no progress of its own. */
function useElapsedSeconds(running: boolean, startedAt: number): number {
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  return Math.max(0, Math.floor((now - startedAt) / 1000));
}

/** A check of a stored problem: which problem, the run's state, and its dialog's open state. */
export function useCodingCheck() {
  // The problem is kept after closing, so the dialog is not emptied while it closes.
  const [problem, setProblem] = useState<CodingProblemSummary | null>(null);
  const [open, setOpen] = useState(false);
  const [startedAt, setStartedAt] = useState(0);
  const check = useCheckCodingProblem();
  const elapsed = useElapsedSeconds(check.isPending, startedAt);
  const start = (target: CodingProblemSummary) => {
    setProblem(target);
    setOpen(true);
    setStartedAt(Date.now());
    check.mutate(target.id);
  };
  return { problem, open, setOpen, check, elapsed, start };
}

export type CodingCheck = ReturnType<typeof useCodingCheck>;
