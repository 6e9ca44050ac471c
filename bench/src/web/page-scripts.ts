/**
 * Scripts run inside the page, as source text: the bench's TypeScript has no DOM types, and these
 * read only browser APIs (Navigation and Resource Timing, the document's h1).
 */

/** What the heading must read: a whole string, or a pattern, as e2e/support/main-screens.ts states it. */
export type HeadingName = string | RegExp;

/**
 * Resolves to `performance.now()` at the first animation frame in which an h1 reading `name` is on
 * screen (laid out and not hidden); rejects after `timeoutMs`. Names are compared with white space
 * collapsed, as the accessible name is. An expression run by `page.evaluate` (CDP), because Kith's
 * Content-Security-Policy forbids the page-side eval that `page.waitForFunction` needs for a string.
 */
export function headingVisibleScript(name: HeadingName, timeoutMs: number): string {
  const matches =
    typeof name === 'string'
      ? `text === ${JSON.stringify(name)}`
      : `new RegExp(${JSON.stringify(name.source)}, ${JSON.stringify(name.flags)}).test(text)`;
  return `new Promise((resolve, reject) => {
    const giveUp = performance.now() + ${timeoutMs};
    const look = () => {
      const found = [...document.querySelectorAll('h1')].some((h1) => {
        const text = (h1.textContent ?? '').replace(/\\s+/g, ' ').trim();
        return ${matches} && h1.getClientRects().length > 0 && getComputedStyle(h1).visibility !== 'hidden';
      });
      if (found) resolve(performance.now());
      else if (performance.now() > giveUp) reject(new Error('no visible h1 matching ' + ${JSON.stringify(String(name))} + ' within ${timeoutMs} ms'));
      else requestAnimationFrame(look);
    };
    look();
  })`;
}

/** Resolves once the navigation's load event has finished (loadEventEnd is 0 until then). */
export const LOAD_FINISHED_SCRIPT = `new Promise((resolve) => {
  const check = () => {
    const entry = performance.getEntriesByType('navigation')[0];
    if (entry !== undefined && entry.loadEventEnd > 0) resolve(true);
    else setTimeout(check, 10);
  };
  check();
})`;

export interface NavigationFigures {
  responseEnd: number;
  domContentLoadedEventEnd: number;
  loadEventEnd: number;
  /** The HTML document's bytes on the wire (headers included) and its body as sent. */
  transferSize: number;
  encodedBodySize: number;
}

export interface ResourceFigures {
  name: string;
  initiatorType: string;
  transferSize: number;
  encodedBodySize: number;
  decodedBodySize: number;
}

export interface PageFigures {
  navigation: NavigationFigures;
  resources: ResourceFigures[];
}

/** The page's Navigation Timing entry and every resource it fetched (Resource Timing). */
export const PAGE_FIGURES_SCRIPT = `(() => {
  const n = performance.getEntriesByType('navigation')[0];
  return {
    navigation: {
      responseEnd: n.responseEnd,
      domContentLoadedEventEnd: n.domContentLoadedEventEnd,
      loadEventEnd: n.loadEventEnd,
      transferSize: n.transferSize,
      encodedBodySize: n.encodedBodySize,
    },
    resources: performance.getEntriesByType('resource').map((r) => ({
      name: r.name,
      initiatorType: r.initiatorType,
      transferSize: r.transferSize,
      encodedBodySize: r.encodedBodySize,
      decodedBodySize: r.decodedBodySize,
    })),
  };
})()`;

/** Milliseconds for one `fetch` of `path` on the page's open connection, bypassing the HTTP cache. */
export function fetchRoundTripScript(path: string): string {
  return `(async () => {
    const started = performance.now();
    const response = await fetch(${JSON.stringify(path)}, { cache: 'no-store' });
    await response.text();
    if (!response.ok) throw new Error('${path} answered ' + response.status);
    return performance.now() - started;
  })()`;
}
