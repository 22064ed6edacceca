import { Mic } from 'lucide-react';

import type { VoiceAnswer } from '../hooks/use-voice-answer';

/**
 * What the live captions hear while the answer is spoken (hidden from screen readers: they would
 * read the candidate's own words back to them), or why there are no captions.
 */
export function LiveCaptions({ voice }: { voice: VoiceAnswer }) {
  const { take, captions } = voice;
  if (!captions.supported) {
    return (
      <p className="text-xs text-amber-800 sm:text-sm">
        Live captions are unavailable in this browser. Your answer is recorded, but type it in the box too so it can be
        scored.
      </p>
    );
  }
  if (captions.error) return <p className="text-xs text-amber-800 sm:text-sm">{captions.error}</p>;
  if (take.status !== 'recording') return null;
  return (
    <p
      aria-hidden="true"
      className="flex items-center gap-2 truncate rounded-lg bg-neutral-900 px-3 py-1.5 text-sm text-white"
    >
      <Mic className="size-4 shrink-0 text-emerald-400 motion-safe:animate-pulse" />
      <span className="truncate italic">{captions.interim ? `${captions.interim}…` : 'Listening…'}</span>
    </p>
  );
}
