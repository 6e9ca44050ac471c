import type { Plugin } from 'vite';

/** Index just past the `}` that closes the block opened at `open`. */
function endOfBlock(css: string, open: number): number {
  let depth = 0;
  for (let index = open; index < css.length; index += 1) {
    if (css[index] === '{') depth += 1;
    if (css[index] === '}') {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return css.length;
}

/** Removes every at-rule block starting with `prelude` for which `drop(block)` is true. */
export function removeBlocks(css: string, prelude: string, drop: (block: string) => boolean = () => true): string {
  let result = '';
  let cursor = 0;
  for (;;) {
    const start = css.indexOf(prelude, cursor);
    const open = start === -1 ? -1 : css.indexOf('{', start);
    if (open === -1) break;
    const end = endOfBlock(css, open);
    const block = css.slice(start, end);
    result += css.slice(cursor, start) + (drop(block) ? '' : block);
    cursor = end;
  }
  return result + css.slice(cursor);
}

/**
 * Adapts the compiled stylesheet to Kith's Content-Security-Policy (`default-src 'self'`) and
 * build:
 * - `@media screen\0` blocks target only Internet Explorer, which Kith does not support, and the
 *   CSS minifier (Lightning CSS) rejects them as invalid syntax;
 * - the Frutiger web font is served from assets.nhs.uk, which the CSP blocks (and which would
 *   tell a third party who uses Kith), so those `@font-face` rules go and text uses the
 *   design system's fallback, Arial;
 * - icons are expected at `/assets/images/…` on the web server; point them at the files inside
 *   the package so Vite bundles them as same-origin assets.
 */
export function adaptNhsukCss(css: string): string {
  const withoutIeHacks = removeBlocks(css, '@media screen\\0');
  const withoutRemoteFonts = removeBlocks(withoutIeHacks, '@font-face', (block) => /url\(["']?https?:/.test(block));
  return withoutRemoteFonts
    .replaceAll('url("/assets/images/', 'url("nhsuk-frontend/dist/nhsuk/assets/images/')
    .replaceAll('url(/assets/images/', 'url(nhsuk-frontend/dist/nhsuk/assets/images/');
}

/** Applies {@link adaptNhsukCss} to nhsuk-frontend's compiled CSS as Vite loads it. */
export function nhsukFrontendCss(): Plugin {
  return {
    name: 'kith:nhsuk-frontend-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/nhsuk-frontend[/\\]dist[/\\].*\.css(\?|$)/.test(id)) return null;
      return { code: adaptNhsukCss(code), map: null };
    },
  };
}
