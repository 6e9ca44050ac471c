import type { ReactNode } from 'react';

/** A wide table that scrolls sideways in its own keyboard-focusable region (WCAG 2.1.1). */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll it
    <section className="kith-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
