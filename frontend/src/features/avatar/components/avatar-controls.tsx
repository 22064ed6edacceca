import { RotateCcw, Volume2, VolumeX } from 'lucide-react';
import { useId } from 'react';

import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';

export interface AvatarControlsProps {
  muted: boolean;
  onMutedChange: (muted: boolean) => void;
  onReplay: () => void;
  canReplay: boolean;
  /** The voice picker is shown only when voices are given. */
  voices?: SpeechSynthesisVoice[];
  voiceUri?: string;
  onVoiceChange?: (voiceUri: string) => void;
}

export function AvatarControls({ muted, onMutedChange, onReplay, canReplay, voices, voiceUri, onVoiceChange }: AvatarControlsProps) {
  const voiceId = useId();
  return (
    <div className="flex w-full flex-wrap items-end gap-2">
      {voices && voices.length > 0 ? (
        <div className="min-w-40 flex-1">
          <label htmlFor={voiceId} className="mb-1 block text-xs font-medium text-neutral-600">
            Interviewer voice
          </label>
          <Select id={voiceId} value={voiceUri ?? ''} onChange={(event) => onVoiceChange?.(event.target.value)}>
            {voices.map((voice) => (
              <option key={voice.voiceURI} value={voice.voiceURI}>
                {voice.name} ({voice.lang})
              </option>
            ))}
          </Select>
        </div>
      ) : null}
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
        {muted ? <VolumeX aria-hidden="true" className="size-4" /> : <Volume2 aria-hidden="true" className="size-4" />}
        Mute
      </Button>
    </div>
  );
}
