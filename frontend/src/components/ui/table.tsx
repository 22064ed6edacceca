import type { ComponentProps } from 'react';

import { cn } from '@/lib/cn';

/** A table that scrolls sideways on narrow screens instead of overflowing the page. */
export function Table({ className, ...props }: ComponentProps<'table'>) {
  return (
    // Relative: screen-reader-only text in cells is positioned inside the scroller, not the page.
    <div className="relative overflow-x-auto rounded-2xl border border-neutral-200 bg-white shadow-sm">
      <table className={cn('w-full min-w-[40rem] border-collapse text-left text-sm', className)} {...props} />
    </div>
  );
}

export function TableHead({ className, ...props }: ComponentProps<'thead'>) {
  return <thead className={cn('border-b border-neutral-200 bg-neutral-50 text-xs text-neutral-600 uppercase', className)} {...props} />;
}

export function Th({ className, ...props }: ComponentProps<'th'>) {
  return <th scope="col" className={cn('px-4 py-3 font-medium tracking-wide', className)} {...props} />;
}

export function Td({ className, ...props }: ComponentProps<'td'>) {
  return <td className={cn('px-4 py-3 align-top text-neutral-800', className)} {...props} />;
}

export function Tr({ className, ...props }: ComponentProps<'tr'>) {
  return <tr className={cn('border-b border-neutral-100 last:border-b-0', className)} {...props} />;
}
