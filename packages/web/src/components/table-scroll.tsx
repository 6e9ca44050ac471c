import { type PropsWithChildren, useEffect, useRef, useState } from 'react';

interface ScrollEdges {
  /** Columns are hidden off the left edge (the region has been scrolled). */
  left: boolean;
  /** Columns are hidden off the right edge. */
  right: boolean;
}

const NO_HIDDEN_COLUMNS: ScrollEdges = { left: false, right: false };

/** Which edges of a scrolling region hide content; a pixel of slack for sub-pixel layout. */
export function hiddenEdges(scrollLeft: number, scrollWidth: number, clientWidth: number): ScrollEdges {
  const furthest = scrollWidth - clientWidth;
  return { left: scrollLeft > 1, right: scrollLeft < furthest - 1 };
}

/** The frame's classes: a shadow on each edge that hides columns (see kith.css). */
export function scrollFrameClass(edges: ScrollEdges): string {
  return [
    'kith-table-scroll-frame',
    edges.left ? 'kith-table-scroll-frame--more-left' : '',
    edges.right ? 'kith-table-scroll-frame--more-right' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * A table wider than its space scrolls sideways inside its own region, never the whole page. The
 * region is named and keyboard-focusable (WCAG 2.1.1), the first column stays in view, and while
 * columns are hidden a shadow on that edge and a line of text say there is more to scroll to.
 */
export function TableScroll({ label, children }: PropsWithChildren<{ label: string }>) {
  const regionRef = useRef<HTMLElement>(null);
  const [edges, setEdges] = useState<ScrollEdges>(NO_HIDDEN_COLUMNS);

  useEffect(() => {
    const region = regionRef.current;
    if (!region) return;
    const update = () => {
      const next = hiddenEdges(region.scrollLeft, region.scrollWidth, region.clientWidth);
      setEdges((current) => (current.left === next.left && current.right === next.right ? current : next));
    };
    update();
    // The table's width changes with the window and with its rows (data arrives, filters change).
    const observer = new ResizeObserver(update);
    observer.observe(region);
    if (region.firstElementChild) observer.observe(region.firstElementChild);
    region.addEventListener('scroll', update, { passive: true });
    return () => {
      observer.disconnect();
      region.removeEventListener('scroll', update);
    };
  }, []);

  return (
    <div className={scrollFrameClass(edges)}>
      {edges.left || edges.right ? (
        // Said in words for sighted users; screen readers read the table whole, so it is hidden from them.
        <p className="nhsuk-body-s kith-table-scroll__hint" aria-hidden="true">
          Scroll sideways to see every column.
        </p>
      ) : null}
      {/* The view holds the edge shadows, so they cover the table and not the hint above it. */}
      <div className="kith-table-scroll__view">
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll it */}
        <section className="kith-table-scroll" aria-label={label} tabIndex={0} ref={regionRef}>
          {children}
        </section>
      </div>
    </div>
  );
}
