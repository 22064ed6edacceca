import { Mic, MicOff } from 'lucide-react';

import { cn } from '@/lib/cn';

export interface CaptionsBarProps {
  interim: string;
  listening: boolean;
}

const MAX_CHARS = 160;

/** The words being recognised right now, under the answer box; the newest ones when it is long. */
export function CaptionsBar({ interim, listening }: CaptionsBarProps) {
  const Icon = listening ? Mic : MicOff;
  const text = interim.length > MAX_CHARS ? `…${interim.slice(-MAX_CHARS)}` : interim;
  return (
    <section
      aria-label="Live captions"
      className="flex min-h-10 items-center gap-2 rounded-lg bg-neutral-900 px-3 py-2 text-sm text-white"
    >
      <Icon
        aria-hidden="true"
        className={cn('size-4 shrink-0', listening ? 'text-emerald-400 motion-safe:animate-pulse' : 'text-neutral-400')}
      />
      <p aria-live="polite" className={cn('min-w-0 flex-1', !text && 'text-neutral-400')}>
        {text || (listening ? 'Listening…' : 'Captions paused')}
      </p>
    </section>
  );
}
