import type { Page } from 'playwright-core';

/** An element sticking out past the right edge of the window. */
interface Overflow {
  element: string;
  left: number;
  width: number;
  right: number;
}

/** How many offenders an error names: enough to fix from, few enough to read. */
const NAMED = 5;

/** Throws if the page scrolls sideways; see {@link describeSidewaysScroll}. */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const problem = await describeSidewaysScroll(page, where);
  if (problem !== null) throw new Error(problem);
}

/**
 * Null if the page fits the window's width, otherwise why it would scroll sideways (WCAG 1.4.10
 * Reflow), naming the outermost elements that stick out — those whose parent still fits — furthest
 * first, skipping anything inside a box that scrolls or clips sideways itself (a scrolling table
 * wrapper is a fine way to fit a wide table).
 */
export async function describeSidewaysScroll(page: Page, where: string): Promise<string | null> {
  // No named functions inside: the TypeScript loaders (tsx, Vite) wrap them in a `__name` helper
  // that does not exist in the page.
  const found = await page.evaluate((named) => {
    const windowWidth = window.innerWidth;
    const pageWidth = document.documentElement.scrollWidth;
    if (pageWidth <= windowWidth) return null;

    const offenders: Overflow[] = [];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const rect = element.getBoundingClientRect();
      if (rect.right <= windowWidth + 0.5) continue;
      // Report the outermost: skip it if its parent sticks out too.
      const parent = element.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > windowWidth + 0.5) continue;
      // Inside a box that scrolls or clips sideways, it cannot make the page scroll.
      let clipped = false;
      for (let at = parent; at && at !== document.body; at = at.parentElement) {
        if (getComputedStyle(at).overflowX !== 'visible') clipped = true;
      }
      if (clipped) continue;
      const parts: string[] = [];
      for (let at: Element | null = element; at && at !== document.body && parts.length < 4; at = at.parentElement) {
        const id = at.id ? `#${at.id}` : '';
        const classes = Array.from(at.classList)
          .map((name) => `.${name}`)
          .join('');
        parts.unshift(`${at.tagName.toLowerCase()}${id}${classes}`);
      }
      offenders.push({
        element: parts.join(' > '),
        left: Math.round(rect.left),
        width: Math.round(rect.width),
        right: Math.round(rect.right),
      });
    }
    offenders.sort((a, b) => b.right - a.right);
    return { windowWidth, pageWidth, offenders: offenders.slice(0, named), more: Math.max(0, offenders.length - named) };
  }, NAMED);
  if (found === null) return null;

  const list = found.offenders
    .map((offender) => `  ${offender.element}  (left ${offender.left}, width ${offender.width}, right edge ${offender.right})`)
    .join('\n');
  const more = found.more > 0 ? `\n  …and ${found.more} more` : '';
  return `The page scrolls sideways on ${where} (${page.url()}): it is ${found.pageWidth} px wide in a ${found.windowWidth} px window. Sticking out:\n${list || '  (nothing found: look for a wide pseudo-element or a negative margin)'}${more}`;
}
