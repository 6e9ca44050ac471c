import { formatRatingText } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown-renderer.ts';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown: headings, emphasis, lists and links', () => {
    const html = renderMarkdown('# Welcome\n\nSome **bold** text.\n\n- one\n- two\n\n[NHS](https://www.nhs.uk)');
    expect(html).toContain('<h1>Welcome</h1>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://www.nhs.uk" rel="nofollow noopener noreferrer">NHS</a>');
  });

  it('Markdown with <script> or javascript: links renders inert', () => {
    const html = renderMarkdown(
      [
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '[click](javascript:alert(1))',
        '[encoded](jav&#x61;script:alert(1))',
        '![pic](javascript:alert(1))',
        '![data](data:image/png;base64,iVBORw0KGgo=)',
        '<a href="javascript:alert(1)" onclick="alert(1)">raw</a>',
        '[data link](data:text/html;base64,PHNjcmlwdD4=)',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/<script/i);
    // No element (tag) anywhere carries a script URL; Markdown links keep their text only.
    expect(html).not.toMatch(/<[^>]*javascript:/i);
    expect(html).toContain('<a rel="nofollow noopener noreferrer">click</a>');
    // Raw HTML stays visible as escaped text; what matters is that no element carries a handler.
    expect(html).not.toMatch(/<[^>]*\son(error|click)=/i);
    expect(html).not.toMatch(/<[^>]*data:/i);
    expect(html).not.toMatch(/<img/i);
    // Raw HTML is shown as text, not dropped silently.
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('formatRatingText', () => {
  it('says "0 votes" with no votes', () => {
    expect(formatRatingText({ count: 0, average: null })).toBe('0 votes');
  });
  it('uses the singular for one vote and two decimals for the average', () => {
    expect(formatRatingText({ count: 1, average: 4 })).toBe('1 vote, average: 4.00 out of 5');
  });
  it('formats several votes like "3 votes, average: 4.33 out of 5"', () => {
    expect(formatRatingText({ count: 3, average: 4.33 })).toBe('3 votes, average: 4.33 out of 5');
  });
});
