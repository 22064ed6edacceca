import type { ReactNode } from 'react';
import { NavLink } from 'react-router';

import { cn } from '@/lib/cn';

import { Logo } from './logo';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  end?: boolean;
}

interface AppShellProps {
  homeHref: string;
  navigation: NavItem[];
  /** The signed-in user's name, role and logout control. */
  userArea: ReactNode;
  children: ReactNode;
}

export function AppShell({ homeHref, navigation, userArea, children }: AppShellProps) {
  return (
    <div className="min-h-dvh bg-neutral-50">
      <SkipLink />
      <header className="border-b border-neutral-200 bg-white">
        <div className="mx-auto flex h-16 max-w-7xl items-center gap-4 px-4 sm:px-6">
          <Logo to={homeHref} />
          <nav aria-label="Main" className="-my-2 min-w-0 flex-1 overflow-x-auto py-2">
            <ul className="flex items-center gap-1">
              {navigation.map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={item.to}
                    end={item.end}
                    className={({ isActive }) =>
                      cn(
                        'inline-flex items-center gap-2 rounded-lg px-2.5 py-2 text-sm font-medium whitespace-nowrap transition-colors',
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
          </nav>
          <div className="flex items-center gap-3">{userArea}</div>
        </div>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto max-w-7xl px-4 py-8 focus:outline-none sm:px-6">
        {children}
      </main>
    </div>
  );
}
