import type { ComponentProps } from 'react';

import { cn } from '@/lib/cn';

/*
 * On a phone (below `sm`) each row becomes a card and each cell shows its column's name
 * (`label`) before its value, so nothing scrolls sideways; from `sm` up it is a plain table that
 * scrolls inside its frame when it is wider than the screen. The explicit roles keep the table's
 * meaning for screen readers in browsers that drop it when a table is not displayed as one.
 */

export function Table({
  className,
  framed = true,
  ...props
}: ComponentProps<'table'> & {
  /** false inside a card that frames it already. */
  framed?: boolean;
}) {
  return (
    // Relative: screen-reader-only text in cells is positioned inside the scroller, not the page.
    <div
      className={cn(
        'relative sm:overflow-x-auto',
        framed && 'sm:rounded-2xl sm:border sm:border-neutral-200 sm:bg-white sm:shadow-sm',
      )}
    >
      <table
        role="table"
        className={cn('block w-full border-collapse text-left text-sm sm:table sm:min-w-[40rem]', className)}
        {...props}
      />
    </div>
  );
}

export function TableHead({ className, ...props }: ComponentProps<'thead'>) {
  return (
    <thead
      role="rowgroup"
      className={cn(
        'max-sm:sr-only border-b border-neutral-200 bg-neutral-50 text-xs text-neutral-600 uppercase',
        className,
      )}
      {...props}
    />
  );
}

export function TableBody({ className, ...props }: ComponentProps<'tbody'>) {
  return (
    <tbody role="rowgroup" className={cn('block space-y-3 sm:table-row-group sm:space-y-0', className)} {...props} />
  );
}

export function Th({ className, ...props }: ComponentProps<'th'>) {
  return (
    <th scope="col" role="columnheader" className={cn('px-4 py-3 font-medium tracking-wide', className)} {...props} />
  );
}

export function Td({
  className,
  label,
  ...props
}: ComponentProps<'td'> & {
  /** The column's name, shown before the value when the row is a card; leave it out for a card's title or actions. */
  label?: string;
}) {
  return (
    <td
      role="cell"
      data-label={label}
      className={cn(
        'block px-0 py-1 align-top text-neutral-800 sm:table-cell sm:px-4 sm:py-3',
        label && 'max-sm:flex max-sm:items-baseline max-sm:justify-between max-sm:gap-4 max-sm:text-right',
        label &&
          'max-sm:before:shrink-0 max-sm:before:text-left max-sm:before:text-xs max-sm:before:font-medium max-sm:before:text-neutral-500 max-sm:before:content-[attr(data-label)]',
        className,
      )}
      {...props}
    />
  );
}

export function Tr({ className, ...props }: ComponentProps<'tr'>) {
  return (
    <tr
      role="row"
      className={cn(
        'block rounded-2xl border border-neutral-200 bg-white p-4 shadow-sm',
        'sm:table-row sm:rounded-none sm:border-0 sm:border-b sm:border-neutral-100 sm:bg-transparent sm:p-0 sm:shadow-none sm:last:border-b-0',
        className,
      )}
      {...props}
    />
  );
}

/** A row's own name (the first cell), which is the card's title on a phone. */
export function RowHeader({ className, ...props }: ComponentProps<'th'>) {
  return (
    <th
      scope="row"
      role="rowheader"
      className={cn(
        'block px-0 py-1 text-left align-top font-normal text-neutral-800 sm:table-cell sm:px-4 sm:py-3',
        className,
      )}
      {...props}
    />
  );
}
