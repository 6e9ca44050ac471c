import { describe, expect, it } from 'vitest';
import { fitHeadingsUnderTitle } from './post-body-html.ts';

describe('post body headings', () => {
  it('moves every heading one level down when the body has an h1, so the page keeps one h1', () => {
    expect(fitHeadingsUnderTitle('<h1>Top</h1><p>x</p><h2 id="a">Next</h2><h6>Deep</h6>')).toBe(
      '<h2>Top</h2><p>x</p><h3 id="a">Next</h3><h6>Deep</h6>',
    );
  });

  it('leaves a body whose headings start at h2 as written', () => {
    const html = '<h2>What worked</h2><h3>Detail</h3>';
    expect(fitHeadingsUnderTitle(html)).toBe(html);
  });

  it('leaves escaped text and other tags alone', () => {
    const html = '<p>&lt;h1&gt;not a tag&lt;/h1&gt; and <hr></p><h2>Real</h2>';
    expect(fitHeadingsUnderTitle(html)).toBe(html);
  });
});
