import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How long to wait for a page whose code is still downloading to show its heading. */
const ARRIVAL_TIMEOUT_MS = 10_000;

/** Focuses the new page's banner or main heading; false when neither has rendered yet. */
function focusArrival(): boolean {
  const target = document.querySelector<HTMLElement>('[data-focus-on-arrival]') ?? document.querySelector<HTMLElement>('main h1');
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
  return true;
}

/**
 * After a client-side navigation, moves focus to the new page's main heading (or a banner that
 * asks for focus), as a full page load would reset it, so keyboard and screen reader users
 * start at the top of the new content. A page loaded on first visit shows its heading a moment
 * later, so until then the main region is watched for it. The first load is left alone.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef<string | null>(null);

  useEffect(() => {
    const isFirstRender = previous.current === null;
    const changed = previous.current !== pathname;
    previous.current = pathname;
    if (isFirstRender || !changed) return;

    let observer: MutationObserver | null = null;
    let timeout: number | undefined;
    const frame = window.requestAnimationFrame(() => {
      const main = document.querySelector('main');
      if (focusArrival() || !main) return;
      observer = new MutationObserver(() => {
        if (focusArrival()) observer?.disconnect();
      });
      observer.observe(main, { childList: true, subtree: true });
      timeout = window.setTimeout(() => observer?.disconnect(), ARRIVAL_TIMEOUT_MS);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      observer?.disconnect();
      window.clearTimeout(timeout);
    };
  }, [pathname]);

  return null;
}
