import { ChevronDown } from 'lucide-react';
import type { ComponentProps } from 'react';

import { cn } from '@/lib/cn';

/** A native select (keyboard and screen-reader behaviour for free) styled like Input. */
export function Select({ className, children, ...props }: ComponentProps<'select'>) {
  return (
    <div className="relative">
      <select
        className={cn(
          'block h-10 w-full appearance-none rounded-lg border border-neutral-300 bg-white pr-9 pl-3 text-sm text-neutral-900 shadow-sm',
          'focus-visible:border-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-indigo-600/40',
          'aria-invalid:border-red-600 disabled:cursor-not-allowed disabled:bg-neutral-100',
          className,
        )}
        {...props}
      >
        {children}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-neutral-500"
      />
    </div>
  );
}
