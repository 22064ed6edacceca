import { Check, Mic } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';

import { Button } from '@/components/ui/button';

import { useAudioLevel } from '../hooks/use-audio-level';
import { useMediaDevices } from '../hooks/use-media-devices';
import { useMediaStream } from '../hooks/use-media-stream';
import { loadMediaPreferences, saveMediaPreferences, type MediaPreferences } from '../lib/media-preferences';
import { DeviceSelect } from './device-select';
import { LevelMeter } from './level-meter';
import { MediaProblemAlert } from './media-problem-alert';
import { ModePicker } from './mode-picker';
import { SelfView } from './self-view';

interface DeviceCheckProps {
  /** Saves the choice for this interview (and as the default); without it, only the default. */
  interviewId?: string;
  continueLabel?: string;
  onContinue: (preferences: MediaPreferences) => void;
}

/** Camera and microphone check before an interview: preview, level meter, device pickers, answer mode. */
export function DeviceCheck({ interviewId, continueLabel = 'Save and continue', onContinue }: DeviceCheckProps) {
  const [saved] = useState(() => loadMediaPreferences(interviewId));
  const [mode, setMode] = useState(saved?.mode ?? 'video');
  const [videoDeviceId, setVideoDeviceId] = useState(saved?.videoDeviceId ?? null);
  const [audioDeviceId, setAudioDeviceId] = useState(saved?.audioDeviceId ?? null);
  const media = useMediaStream({ mode, videoDeviceId, audioDeviceId, fallbackToAudio: true });
  const devices = useMediaDevices(media.stream);
  const level = useAudioLevel(media.stream);
  const noCamera = mode === 'video' && media.stream !== null && media.stream.getVideoTracks().length === 0;
  const effectiveMode = noCamera ? 'audio' : mode;

  function save() {
    if (mode !== 'typed' && media.status !== 'ready') {
      toast.error('Your camera or microphone is not working yet. Fix the problem shown, or choose Typed only.');
      return;
    }
    const preferences: MediaPreferences = { mode: effectiveMode, videoDeviceId, audioDeviceId };
    saveMediaPreferences(preferences, interviewId);
    onContinue(preferences);
  }

  return (
    // The page's title names the check; a heading here would say it twice.
    <section className="space-y-6 rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm">
      <p className="text-sm text-neutral-600">
        Recorded answers are uploaded as you go and kept in this browser until they are safely saved.
      </p>
      <ModePicker value={mode} onChange={setMode} />
      {mode === 'typed' ? (
        <p className="text-sm text-neutral-700">Nothing is recorded: the camera and microphone stay off.</p>
      ) : (
        <div className="grid gap-6 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div>
            {effectiveMode === 'video' && media.stream ? (
              <SelfView stream={media.stream} label="Your camera preview" className="w-full" />
            ) : (
              <div className="flex aspect-video w-full items-center justify-center rounded-xl bg-neutral-100 text-neutral-500">
                <Mic aria-hidden="true" className="size-10" />
              </div>
            )}
            <p role="status" aria-live="polite" className="mt-2 text-sm text-neutral-700">
              {media.status === 'starting' ? 'Asking your browser for the camera and microphone…' : null}
              {media.status === 'ready' && !noCamera ? (
                <span className="inline-flex items-center gap-1 text-emerald-800">
                  <Check aria-hidden="true" className="size-4" />
                  {effectiveMode === 'video' ? 'Camera and microphone are working.' : 'Microphone is working.'}
                </span>
              ) : null}
              {noCamera ? 'No camera found, so you will answer with audio only.' : null}
            </p>
          </div>
          <div className="space-y-4">
            {media.problem ? <MediaProblemAlert problem={media.problem} onRetry={media.retry} /> : null}
            {effectiveMode === 'video' ? (
              <DeviceSelect
                label="Camera"
                devices={devices.videoInputs}
                value={videoDeviceId}
                onChange={setVideoDeviceId}
              />
            ) : null}
            <DeviceSelect
              label="Microphone"
              devices={devices.audioInputs}
              value={audioDeviceId}
              onChange={setAudioDeviceId}
            />
            <div className="space-y-1.5">
              <LevelMeter level={level} />
              <p className="text-xs text-neutral-500">Say a few words: the bar should move.</p>
            </div>
          </div>
        </div>
      )}
      <Button size="lg" onClick={save} isLoading={mode !== 'typed' && media.status === 'starting'}>
        {mode !== 'typed' && media.status === 'starting' ? 'Starting your camera…' : continueLabel}
      </Button>
    </section>
  );
}
