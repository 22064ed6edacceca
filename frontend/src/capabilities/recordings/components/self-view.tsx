import { useEffect, useRef } from 'react';

import { cn } from '@/lib/cn';

interface SelfViewProps {
  stream: MediaStream | null;
  label: string;
  className?: string;
}

/** The camera's live picture, muted (no echo) and mirrored like a mirror. */
export function SelfView({ stream, label, className }: SelfViewProps) {
  const videoRef = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    video.srcObject = stream;
    if (stream) void video.play?.()?.catch(() => undefined);
  }, [stream]);

  return (
    <video
      ref={videoRef}
      aria-label={label}
      muted
      autoPlay
      playsInline
      className={cn('aspect-video -scale-x-100 rounded-xl bg-neutral-900 object-cover', className)}
    />
  );
}
