import type { ReactNode } from 'react';

/**
 * A quiet line of explanation under the interviewer (a fallback, a blocked voice); on a video
 * tile, a speech bubble: the interviewer says it.
 */
export function AvatarNote({ children, tile = false }: { children: ReactNode; tile?: boolean }) {
  if (!tile) return <p className="w-full text-xs text-neutral-600">{children}</p>;
  return (
    <p className="max-w-sm rounded-xl bg-white px-3 py-1.5 text-center text-xs text-neutral-800 shadow sm:text-sm">
      {children}
    </p>
  );
}
