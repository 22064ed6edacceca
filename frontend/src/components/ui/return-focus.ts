import { useRef } from 'react';

/**
 * Focus back where it was when a dialog closes. Radix returns it to a `Trigger`, and these dialogs
 * are opened from state with none, so without this focus fell to the page and a keyboard or screen
 * reader user had to find their place again. Spread onto a Radix `Content`.
 */
export function useReturnFocus() {
  const opener = useRef<HTMLElement | null>(null);
  return {
    onOpenAutoFocus: () => {
      // Runs before focus moves into the dialog: the active element is what opened it.
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    onCloseAutoFocus: (event: Event) => {
      const target = opener.current;
      opener.current = null;
      if (!target?.isConnected || target === document.body) return;
      event.preventDefault();
      target.focus();
    },
  };
}
