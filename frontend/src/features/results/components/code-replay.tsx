import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';

import { ErrorAlert } from '@/components/ui/alert';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';

import { useCodeTimeline } from '../api/get-code-timeline';
import { getInterviewRecordingsQueryOptions, pickRecording } from '../api/get-interview-recordings';
import type { Recording } from '../api/recording-types';
import { useMediaTime } from '../hooks/use-media-time';
import {
  activeEntryIndex,
  alignedTime,
  eventLabel,
  placeSnapshots,
  seekMedia,
  type TimelineEntry,
} from '../lib/code-timeline';
import { formatClock } from '../lib/recording';
import { ReplayVideo } from './replay-video';

const readyOnly = (recording: Recording | null) => (recording?.status === 'ready' ? recording : null);

/** While the leading video plays or pauses, the other follows it on the same clock. */
function useFollower(
  lead: HTMLVideoElement | null,
  leadRecording: Recording | null,
  other: HTMLVideoElement | null,
  otherRecording: Recording | null,
) {
  useEffect(() => {
    if (!lead || !other || !leadRecording || !otherRecording) return undefined;
    const onPlay = () => {
      seekMedia(other, alignedTime(leadRecording, lead.currentTime, otherRecording));
      Promise.resolve(other.play()).catch(() => undefined);
    };
    const onPause = () => other.pause();
    lead.addEventListener('play', onPlay);
    lead.addEventListener('pause', onPause);
    return () => {
      lead.removeEventListener('play', onPlay);
      lead.removeEventListener('pause', onPause);
    };
  }, [lead, leadRecording, other, otherRecording]);
}

interface EntryListProps {
  entries: TimelineEntry[];
  activeIndex: number;
  onChoose: (index: number) => void;
}

function EntryList({ entries, activeIndex, onChoose }: EntryListProps) {
  return (
    <ol aria-label="Saved versions of your code" className="flex max-h-64 flex-col gap-1 overflow-y-auto">
      {entries.map((entry, index) => (
        <li key={entry.snapshot.seq}>
          <button
            type="button"
            aria-current={index === activeIndex ? 'true' : undefined}
            onClick={() => onChoose(index)}
            className={cn(
              'flex w-full items-center justify-between gap-2 rounded-md border border-neutral-200 bg-white px-2 py-1 text-left text-xs text-neutral-700 hover:bg-neutral-50 focus-visible:outline-2 focus-visible:outline-indigo-600',
              index === activeIndex && 'border-indigo-300 bg-indigo-50 text-indigo-900',
            )}
          >
            <span>{eventLabel(entry.snapshot.event)}</span>
            <span className="tabular-nums">{formatClock(entry.atS)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

/**
 * A coding question played back: the shared screen and the camera side by side (stacked on a
 * phone), and the code timeline beside them. Choosing a saved version seeks the videos there;
 * playing shows the code as it was at that moment.
 */
export function CodeReplay({ interviewId, questionId }: { interviewId: string; questionId: string }) {
  const recordings = useQuery(getInterviewRecordingsQueryOptions(interviewId));
  const timeline = useCodeTimeline(interviewId, questionId);
  const [screenEl, setScreenEl] = useState<HTMLVideoElement | null>(null);
  const [cameraEl, setCameraEl] = useState<HTMLVideoElement | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const codeId = useId();
  const all = recordings.data ?? [];
  const screen = readyOnly(pickRecording(all, 'screen'));
  const camera = readyOnly(pickRecording(all));
  // The timeline runs on the screen's clock when it was shared, else the camera's.
  const lead = screen ?? camera;
  const leadEl = screen ? screenEl : cameraEl;
  const time = useMediaTime(leadEl);
  useFollower(leadEl, lead, screen ? cameraEl : null, screen ? camera : null);

  if (timeline.isPending) return <Skeleton className="h-40 w-full" />;
  if (timeline.isError)
    return <ErrorAlert>Your code timeline could not be loaded. Reload the page to try again.</ErrorAlert>;
  const entries = placeSnapshots(timeline.data.items, lead);
  const activeIndex = leadEl ? activeEntryIndex(entries, time) : (chosen ?? entries.length - 1);
  const active = entries[activeIndex];

  function choose(index: number) {
    setChosen(index);
    const entry = entries[index];
    if (!entry || !lead) return;
    const at = Math.max(0, entry.atS);
    if (leadEl) seekMedia(leadEl, at);
    if (screen && camera && cameraEl) seekMedia(cameraEl, alignedTime(screen, at, camera));
  }

  return (
    <section aria-labelledby={`${codeId}-heading`} className="space-y-3">
      <h4 id={`${codeId}-heading`} className="text-sm font-semibold text-neutral-900">
        Code timeline
      </h4>
      {screen || camera ? (
        <div className="grid gap-3 sm:grid-cols-2">
          {screen ? <ReplayVideo recording={screen} label="Your shared screen" mediaRef={setScreenEl} /> : null}
          {camera ? <ReplayVideo recording={camera} label="Your camera" mediaRef={setCameraEl} /> : null}
        </div>
      ) : null}
      {entries.length === 0 ? (
        <p className="text-sm text-neutral-600">No code was saved for this question.</p>
      ) : (
        <div className="grid gap-3 md:grid-cols-[12rem_minmax(0,1fr)]">
          <EntryList entries={entries} activeIndex={activeIndex} onChoose={choose} />
          <div className="min-w-0 space-y-1">
            <p id={codeId} className="text-xs text-neutral-600">
              {active
                ? `Your code at ${formatClock(active.atS)} (${eventLabel(active.snapshot.event).toLowerCase()})`
                : 'No code was saved yet at this moment.'}
            </p>
            {active ? (
              <pre
                aria-labelledby={codeId}
                tabIndex={0}
                className="max-h-80 overflow-auto rounded-lg bg-neutral-900 p-3 font-mono text-xs text-neutral-100"
              >
                <code>{active.snapshot.code}</code>
              </pre>
            ) : null}
          </div>
        </div>
      )}
    </section>
  );
}
