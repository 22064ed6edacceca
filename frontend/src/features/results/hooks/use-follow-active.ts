import { useEffect, useRef, type RefObject } from 'react';

import { prefersReducedMotion } from '../lib/recording';

/** After the user scrolls or moves through the list themselves, leave it where they put it this long. */
const USER_GRACE_MS = 4000;
const USER_EVENTS = ['wheel', 'touchmove', 'pointerdown', 'keydown'] as const;

/**
 * Keeps the active item of a scrollable list in view by scrolling the list only (never the page),
 * smoothly unless reduced motion is asked for, and not while the user is scrolling it.
 */
export function useFollowActive(containerRef: RefObject<HTMLElement | null>, activeIndex: number) {
  const userActiveAt = useRef(0);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const mark = () => {
      userActiveAt.current = Date.now();
    };
    for (const type of USER_EVENTS) container.addEventListener(type, mark, { passive: true });
    return () => {
      for (const type of USER_EVENTS) container.removeEventListener(type, mark);
    };
  }, [containerRef]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || activeIndex < 0 || Date.now() - userActiveAt.current < USER_GRACE_MS) return;
    const item = container.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (!item || typeof container.scrollTo !== 'function') return;
    // The container is the items' offsetParent (position: relative).
    const visible =
      item.offsetTop >= container.scrollTop &&
      item.offsetTop + item.offsetHeight <= container.scrollTop + container.clientHeight;
    if (visible) return;
    container.scrollTo({
      top: Math.max(0, item.offsetTop - container.clientHeight / 3),
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
  }, [containerRef, activeIndex]);
}
