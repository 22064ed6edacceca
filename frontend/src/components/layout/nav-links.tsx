import type { ReactNode } from 'react';
import { NavLink } from 'react-router';

import { cn } from '@/lib/cn';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  end?: boolean;
}

/** The main navigation's links: a row in the header, or a column in the phone menu. */
export function NavLinks({
  navigation,
  stacked = false,
  onNavigate,
}: {
  navigation: NavItem[];
  stacked?: boolean;
  onNavigate?: () => void;
}) {
  return (
    <ul className={cn('flex gap-1', stacked ? 'flex-col' : 'items-center')}>
      {navigation.map((item) => (
        <li key={item.to}>
          <NavLink
            to={item.to}
            end={item.end}
            onClick={onNavigate}
            className={({ isActive }) =>
              cn(
                'inline-flex items-center gap-2 rounded-lg px-2.5 py-2 text-sm font-medium whitespace-nowrap transition-colors',
                stacked && 'flex w-full px-3 py-3 text-base',
                isActive
                  ? 'bg-indigo-50 text-indigo-700'
                  : 'text-neutral-600 hover:bg-neutral-100 hover:text-neutral-900',
              )
            }
          >
            {item.icon}
            {item.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
