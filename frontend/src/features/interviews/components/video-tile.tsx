import type { ReactNode } from 'react';

import { cn } from '@/lib/cn';

interface VideoTileProps {
  /** The name on the tile, as in a video call. */
  name: string;
  /** A ring while this person speaks. */
  active?: boolean;
  /** Over the picture, top left (the recording indicator). */
  badge?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** One participant of the call: a dark tile with their picture and name. */
export function VideoTile({ name, active = false, badge, className, children }: VideoTileProps) {
  return (
    <div
      className={cn(
        'relative min-h-0 overflow-hidden rounded-2xl bg-neutral-800 ring-2 transition-shadow',
        active ? 'ring-indigo-400' : 'ring-transparent',
        className,
      )}
    >
      {children}
      {badge ? <div className="absolute top-2 left-2 max-w-[calc(100%-1rem)]">{badge}</div> : null}
      <span className="pointer-events-none absolute bottom-2 left-2 rounded-md bg-black/60 px-2 py-0.5 text-xs font-medium text-white">
        {name}
      </span>
    </div>
  );
}
