import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown → HTML that is safe to put in a page. Two layers, so one mistake is not enough:
 * markdown-it with raw HTML disabled (an inline `<script>` is shown as text, never run), then
 * sanitize-html keeping only the tags Markdown produces, no event handler attributes, and only
 * http(s)/mailto links and http(s) images: no `javascript:`, `vbscript:` or `data:` URLs.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
// markdown-it would leave a link with a bad URL as literal text, URL and all. Let every URL
// through to the sanitiser instead, which drops a bad one (decoding entities first) and keeps
// the link text, so no script URL reaches the page even as text.
markdown.validateLink = () => true;

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    's',
    'code',
    'pre',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'title'], ol: ['start'], th: ['style'], td: ['style'] },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https', 'http'] },
  allowProtocolRelative: false,
  // An image whose source was dropped as unsafe is dropped with it.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  // Links written by members open as ordinary links but pass no referrer or window access.
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }) },
};
// `rel` is added by the transform above, after attribute filtering, so allow it on links.
(SANITIZE_OPTIONS.allowedAttributes as Record<string, string[]>).a?.push('rel');

/** Renders a post's Markdown to sanitised HTML. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE_OPTIONS);
}
