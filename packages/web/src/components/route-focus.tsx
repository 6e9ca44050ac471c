import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation, moves focus to the new page's main heading (or a banner that
 * asks for focus), as a full page load would reset it, so keyboard and screen reader users
 * start at the top of the new content. The first load is left alone.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef<string | null>(null);

  useEffect(() => {
    const isFirstRender = previous.current === null;
    const changed = previous.current !== pathname;
    previous.current = pathname;
    if (isFirstRender || !changed) return;

    const frame = window.requestAnimationFrame(() => {
      const target =
        document.querySelector<HTMLElement>('[data-focus-on-arrival]') ?? document.querySelector<HTMLElement>('main h1');
      if (!target) return;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    });
    return () => window.cancelAnimationFrame(frame);
  }, [pathname]);

  return null;
}
