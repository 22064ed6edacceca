import { RotateCcw, Volume2, VolumeX } from 'lucide-react';
import { useId } from 'react';

import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { cn } from '@/lib/cn';

export interface AvatarControlsProps {
  muted: boolean;
  onMutedChange: (muted: boolean) => void;
  onReplay: () => void;
  canReplay: boolean;
  /** The voice picker is shown only when voices are given. */
  voices?: SpeechSynthesisVoice[];
  voiceUri?: string;
  onVoiceChange?: (voiceUri: string) => void;
  /** Round icon buttons over a video tile instead of labelled buttons. */
  compact?: boolean;
}

const ROUND =
  'grid size-9 shrink-0 place-items-center rounded-full bg-white/15 text-white hover:bg-white/25 disabled:opacity-40';

export function AvatarControls({
  muted,
  onMutedChange,
  onReplay,
  canReplay,
  voices,
  voiceUri,
  onVoiceChange,
  compact = false,
}: AvatarControlsProps) {
  const voiceId = useId();
  const MuteIcon = muted ? VolumeX : Volume2;
  const picker =
    voices && voices.length > 0 ? (
      <div className={compact ? 'hidden max-w-48 min-w-0 flex-1 sm:block' : 'min-w-40 flex-1'}>
        <label htmlFor={voiceId} className={compact ? 'sr-only' : 'mb-1 block text-xs font-medium text-neutral-600'}>
          Interviewer voice
        </label>
        <Select
          id={voiceId}
          value={voiceUri ?? ''}
          onChange={(event) => onVoiceChange?.(event.target.value)}
          className={cn(compact && 'h-9 border-white/20 bg-white/15 text-xs text-white [&>option]:text-neutral-900')}
        >
          {voices.map((voice) => (
            <option key={voice.voiceURI} value={voice.voiceURI}>
              {voice.name} ({voice.lang})
            </option>
          ))}
        </Select>
      </div>
    ) : null;

  if (compact) {
    return (
      <div className="flex items-center justify-end gap-2">
        {picker}
        <button
          type="button"
          aria-label="Replay question"
          title="Replay question"
          className={ROUND}
          onClick={onReplay}
          disabled={!canReplay}
        >
          <RotateCcw aria-hidden="true" className="size-4" />
        </button>
        <button
          type="button"
          aria-label="Mute interviewer"
          title={muted ? 'Unmute interviewer' : 'Mute interviewer'}
          aria-pressed={muted}
          className={cn(ROUND, muted && 'bg-red-600 hover:bg-red-700')}
          onClick={() => onMutedChange(!muted)}
        >
          <MuteIcon aria-hidden="true" className="size-4" />
        </button>
      </div>
    );
  }

  return (
    <div className="flex w-full flex-wrap items-end gap-2">
      {picker}
      <Button type="button" variant="secondary" onClick={onReplay} disabled={!canReplay}>
        <RotateCcw aria-hidden="true" className="size-4" />
        Replay question
      </Button>
      <Button
        type="button"
        variant="secondary"
        aria-pressed={muted}
        aria-label="Mute interviewer"
        onClick={() => onMutedChange(!muted)}
      >
        <MuteIcon aria-hidden="true" className="size-4" />
        Mute
      </Button>
    </div>
  );
}
