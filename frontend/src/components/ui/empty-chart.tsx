import { ChartNoAxesColumn } from 'lucide-react';
import type { ReactNode } from 'react';

import { cn } from '@/lib/cn';

/** Where a chart goes while it has nothing to draw: what will appear there, and when. */
export function EmptyChart({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div
      className={cn(
        'flex min-h-40 flex-col items-center justify-center gap-2 rounded-xl border border-dashed border-neutral-300 px-4 py-6 text-center text-sm text-neutral-600',
        className,
      )}
    >
      <ChartNoAxesColumn aria-hidden="true" className="size-6 text-neutral-400" />
      <p>{children}</p>
    </div>
  );
}
