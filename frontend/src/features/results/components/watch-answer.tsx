import { PlayCircle } from 'lucide-react';

import { useWatchAnswer } from '../hooks/player-seek';

/** Plays this answer in the recording player above, when the recording has it. */
export function WatchAnswer({ questionId }: { questionId: string }) {
  const watch = useWatchAnswer(questionId);
  if (!watch) return null;
  return (
    <button
      type="button"
      onClick={watch}
      className="inline-flex items-center gap-1.5 rounded-lg text-sm font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
    >
      <PlayCircle aria-hidden="true" className="size-4" />
      Watch this answer
    </button>
  );
}
