const HEADING_TAG = /<(\/?)h([1-6])(?=[\s>])/gi;

/**
 * A post's body HTML (already sanitised by the server) with its headings fitted under the
 * page's own `<h1>` title (WCAG 1.3.1): when the body uses `# Heading` (an `<h1>`), every
 * heading moves one level down, so the top one becomes an `<h2>`; a body whose headings start
 * at `##` is left as it is. `<h6>` stays `<h6>`. The HTML is sanitised, so `<h1` can only be a
 * tag: text that looks like one arrives escaped as `&lt;h1`.
 */
export function fitHeadingsUnderTitle(html: string): string {
  const levels = [...html.matchAll(HEADING_TAG)].map((match) => Number(match[2]));
  if (!levels.includes(1)) return html;
  return html.replace(HEADING_TAG, (_match, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + 1)}`);
}
