import { RotateCcw } from 'lucide-react';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

import type { MediaProblem } from '../lib/media-errors';

/** Why the camera or microphone did not start, and how to fix it. */
export function MediaProblemAlert({ problem, onRetry }: { problem: MediaProblem; onRetry: () => void }) {
  return (
    <ErrorAlert>
      <p className="font-semibold">{problem.title}</p>
      <p>{problem.message}</p>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        {problem.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <Button variant="secondary" size="sm" className="mt-3" onClick={onRetry}>
        <RotateCcw aria-hidden="true" className="size-4" />
        Try again
      </Button>
    </ErrorAlert>
  );
}
