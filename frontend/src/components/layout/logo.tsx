import { AudioLines } from 'lucide-react';
import { Link } from 'react-router';

import { cn } from '@/lib/cn';

export function Logo({ to = '/', className }: { to?: string; className?: string }) {
  return (
    <Link to={to} className={cn('inline-flex items-center gap-2 rounded-md font-semibold text-neutral-900', className)}>
      <span className="grid size-8 place-items-center rounded-lg bg-indigo-600 text-white">
        <AudioLines aria-hidden="true" className="size-4" />
      </span>
      <span className="text-lg tracking-tight">Rehearse</span>
    </Link>
  );
}
