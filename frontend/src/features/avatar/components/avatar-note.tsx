import type { ReactNode } from 'react';

/** A quiet line of explanation under the interviewer (a fallback, a blocked voice). */
export function AvatarNote({ children }: { children: ReactNode }) {
  return <p className="w-full text-xs text-neutral-600">{children}</p>;
}
