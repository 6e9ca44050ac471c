import type { MeResponse } from '@kith/shared';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SiteHeader } from './site-header.tsx';

function renderHeader(me: MeResponse | null): string {
  return renderToStaticMarkup(createElement(MemoryRouter, null, createElement(SiteHeader, { me })));
}

describe('SiteHeader', () => {
  it('gives visitors a folded menu behind a "Menu" button that controls the list', () => {
    const html = renderHeader(null);
    const controls = /aria-controls="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('>Menu</button>');
    expect(controls).toBeDefined();
    expect(html).toContain(`class="nhsuk-header__navigation-list kith-header__navigation-list--folded" id="${controls}"`);
    expect(html).toContain('href="/community"');
  });

  it('uses the readable NHS column for visitors', () => {
    expect(renderHeader(null)).toContain('class="nhsuk-header__container nhsuk-width-container"');
  });
});
