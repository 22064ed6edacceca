import { Keyboard, Mic, Video } from 'lucide-react';
import { useId } from 'react';

import { cn } from '@/lib/cn';

import { MEDIA_MODE_LABELS, type MediaMode } from '../lib/media-mode';

const MODES: Array<{ mode: MediaMode; icon: typeof Video; hint: string }> = [
  { mode: 'video', icon: Video, hint: 'Camera and microphone are recorded, as in a video interview.' },
  { mode: 'audio', icon: Mic, hint: 'Only your voice is recorded.' },
  { mode: 'typed', icon: Keyboard, hint: 'You type your answers. Nothing is recorded.' },
];

interface ModePickerProps {
  value: MediaMode;
  onChange: (mode: MediaMode) => void;
}

/** Video, Audio only or Typed only, as a native radio group (arrow keys move between them). */
export function ModePicker({ value, onChange }: ModePickerProps) {
  const name = useId();
  return (
    <fieldset className="space-y-2">
      <legend className="mb-2 text-sm font-medium text-neutral-900">How do you want to answer?</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {MODES.map(({ mode, icon: Icon, hint }) => (
          <label
            key={mode}
            className={cn(
              'flex cursor-pointer flex-col gap-1 rounded-xl border p-3 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600',
              value === mode ? 'border-indigo-600 bg-indigo-50' : 'border-neutral-300 bg-white hover:bg-neutral-50',
            )}
          >
            <span className="flex items-center gap-2 font-medium text-neutral-900">
              <input
                type="radio"
                name={name}
                value={mode}
                checked={value === mode}
                onChange={() => onChange(mode)}
                className="sr-only"
              />
              <Icon aria-hidden="true" className="size-4" />
              {MEDIA_MODE_LABELS[mode]}
            </span>
            <span className="text-neutral-600">{hint}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
