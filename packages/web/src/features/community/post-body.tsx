import { fitHeadingsUnderTitle } from './post-body-html.ts';
import './community.css';

/**
 * A post's body. The HTML comes from the server already rendered with raw HTML disabled and
 * sanitised (no scripts, no event handlers, no `javascript:` links: markdown-renderer.ts), so
 * it is safe to place in the page; only the heading levels are fitted under the page title here.
 */
export function PostBody({ html }: { html: string }) {
  return (
    <div
      className="kith-post-body nhsuk-u-margin-bottom-6"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server (markdown-renderer.ts); see above.
      dangerouslySetInnerHTML={{ __html: fitHeadingsUnderTitle(html) }}
    />
  );
}
