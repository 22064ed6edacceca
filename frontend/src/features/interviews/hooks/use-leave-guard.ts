import { useCallback, useEffect } from 'react';
import { useBlocker, type Location } from 'react-router';

interface LeaveGuardOptions {
  /** Ask before going to another page of the app. */
  when: boolean;
  /** Pages reached without asking (the same flow: setup, results). */
  allow?: (pathname: string) => boolean;
}

/**
 * Holds a move to another page of the app (a link, Back) until the candidate confirms: the caller
 * shows a dialog while `blocker.state` is "blocked" and calls proceed() or reset().
 */
export function useLeaveGuard({ when, allow }: LeaveGuardOptions) {
  const shouldBlock = useCallback(
    ({ currentLocation, nextLocation }: { currentLocation: Location; nextLocation: Location }) =>
      when && currentLocation.pathname !== nextLocation.pathname && !allow?.(nextLocation.pathname),
    [when, allow],
  );
  return useBlocker(shouldBlock);
}

/** The browser's own "Leave site?" prompt on reload or close, while something would be lost. */
export function useUnloadWarning(when: boolean) {
  useEffect(() => {
    if (!when) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chrome before 119 and Safari show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);
}
