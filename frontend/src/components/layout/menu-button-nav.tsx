import { Menu, X } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';

import { NavLinks, type NavItem } from './nav-links';

/**
 * The main navigation behind a "Menu" button, for screens too narrow for the row of links. It
 * opens below the header, takes focus to its first link, and closes on Escape (focus back on
 * the button), on a click outside, when focus leaves it, and on any navigation.
 */
export function MenuButtonNav({ navigation, className }: { navigation: NavItem[]; className?: string }) {
  const panelId = useId();
  const { pathname } = useLocation();
  // Open "at" a page: moving to another page (a link, Back) closes it without an effect.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>('a')?.focus();
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setOpenAt(null);
      buttonRef.current?.focus();
    }
    function onPointerDown(event: PointerEvent) {
      if (!containerRef.current?.contains(event.target as Node)) setOpenAt(null);
    }
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  return (
    <div
      ref={containerRef}
      className={className}
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null;
        if (next && !containerRef.current?.contains(next)) setOpenAt(null);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenAt(open ? null : pathname)}
        className="inline-flex size-10 items-center justify-center rounded-lg text-neutral-700 hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        {open ? <X aria-hidden="true" className="size-5" /> : <Menu aria-hidden="true" className="size-5" />}
        <span className="sr-only">Menu</span>
      </button>
      <div
        ref={panelRef}
        id={panelId}
        hidden={!open}
        className="absolute inset-x-0 top-full z-40 border-b border-neutral-200 bg-white px-4 py-3 shadow-lg sm:px-6"
      >
        <nav aria-label="Main">
          <NavLinks navigation={navigation} stacked onNavigate={() => setOpenAt(null)} />
        </nav>
      </div>
    </div>
  );
}
