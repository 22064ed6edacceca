import type { ComponentProps } from 'react';

import { cn } from '@/lib/cn';

export function Textarea({ className, ...props }: ComponentProps<'textarea'>) {
  return (
    <textarea
      className={cn(
        'block min-h-24 w-full rounded-lg border border-neutral-300 bg-white px-3 py-2 text-sm text-neutral-900 shadow-sm placeholder:text-neutral-400',
        'focus-visible:border-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-indigo-600/40',
        'aria-invalid:border-red-600 aria-invalid:focus-visible:outline-red-600/40 disabled:cursor-not-allowed disabled:bg-neutral-100',
        className,
      )}
      {...props}
    />
  );
}
