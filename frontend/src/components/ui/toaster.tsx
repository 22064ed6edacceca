import { Toaster as SonnerToaster } from 'sonner';

// Toasts stay up for 6 s; below the top bars (the app's header is 4rem, the room's and the
// interview page's are shorter) they never hide the menu button, the title or the account controls.
const BELOW_HEADER = 'calc(4rem + 0.75rem)';

export function Toaster() {
  return (
    <SonnerToaster
      position="top-right"
      offset={{ top: BELOW_HEADER }}
      mobileOffset={{ top: BELOW_HEADER }}
      richColors
      closeButton
      duration={6000}
    />
  );
}
