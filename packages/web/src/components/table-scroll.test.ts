import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { hiddenEdges, scrollFrameClass, TableScroll } from './table-scroll.tsx';

describe('hiddenEdges', () => {
  it('finds nothing hidden when the table fits', () => {
    expect(hiddenEdges(0, 600, 600)).toEqual({ left: false, right: false });
  });

  it('finds columns off the right before scrolling and off the left at the far end', () => {
    expect(hiddenEdges(0, 900, 300)).toEqual({ left: false, right: true });
    expect(hiddenEdges(300, 900, 300)).toEqual({ left: true, right: true });
    expect(hiddenEdges(600, 900, 300)).toEqual({ left: true, right: false });
  });

  it('allows a pixel of sub-pixel slack at either end', () => {
    expect(hiddenEdges(0.5, 900.5, 900)).toEqual({ left: false, right: false });
  });
});

describe('scrollFrameClass', () => {
  it('marks each edge that hides columns', () => {
    expect(scrollFrameClass({ left: false, right: false })).toBe('kith-table-scroll-frame');
    expect(scrollFrameClass({ left: true, right: true })).toBe(
      'kith-table-scroll-frame kith-table-scroll-frame--more-left kith-table-scroll-frame--more-right',
    );
  });
});

describe('TableScroll', () => {
  it('wraps the table in a named, keyboard-focusable region and shows no hint until measured', () => {
    const html = renderToStaticMarkup(createElement(TableScroll, { label: 'Fruit' }, createElement('table')));
    expect(html).toContain('<section class="kith-table-scroll" aria-label="Fruit" tabindex="0"><table></table></section>');
    expect(html).not.toContain('Scroll sideways');
  });
});
