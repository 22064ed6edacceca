import type { ReactNode } from 'react';

import { Logo } from './logo';
import { MenuButtonNav } from './menu-button-nav';
import { NavLinks, type NavItem } from './nav-links';
import { OfflineNotice } from './offline-notice';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';

export type { NavItem };

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
      {/* Relative: the phone menu opens just below it. */}
      <header className="relative border-b border-neutral-200 bg-white">
        <div className="mx-auto flex h-16 max-w-7xl items-center gap-3 px-4 sm:gap-4 sm:px-6">
          <Logo to={homeHref} />
          {/* The row of links needs the width of a laptop; narrower screens get the menu button. */}
          <nav aria-label="Main" className="-my-2 hidden min-w-0 flex-1 overflow-x-auto py-2 xl:block">
            <NavLinks navigation={navigation} />
          </nav>
          <div className="ml-auto flex items-center gap-2 sm:gap-3 xl:ml-0">
            {userArea}
            <MenuButtonNav navigation={navigation} className="xl:hidden" />
          </div>
        </div>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto max-w-7xl px-4 py-8 focus:outline-none sm:px-6">
        <OfflineNotice />
        {children}
      </main>
    </div>
  );
}
