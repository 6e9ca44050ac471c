import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { NotificationBadge } from './notification-badge.tsx';
import { unreadCountKey } from './notification-queries.ts';

function renderBadge(unread: number | null): string {
  const client = new QueryClient();
  if (unread !== null) client.setQueryData(unreadCountKey, { unread });
  const badge = createElement(MemoryRouter, null, createElement(NotificationBadge));
  return renderToStaticMarkup(createElement(QueryClientProvider, { client }, badge));
}

/** The link's name as a screen reader reads it: its aria-label. */
const spoken = (html: string) => /aria-label="([^"]*)"/.exec(html)?.[1] ?? '';

describe('NotificationBadge', () => {
  it('reads "Notifications, 3 unread" and links to the notifications page', () => {
    const html = renderBadge(3);
    expect(html).toContain('href="/notifications"');
    expect(spoken(html)).toBe('Notifications, 3 unread');
  });

  it('says just "Notifications" when nothing is unread or the count is not known yet', () => {
    expect(spoken(renderBadge(0))).toBe('Notifications');
    expect(spoken(renderBadge(null))).toBe('Notifications');
  });

  it('caps a large count at 99+', () => {
    expect(spoken(renderBadge(250))).toBe('Notifications, 99+ unread');
  });

  it('shows the word and the number, which start the spoken name (label in name)', () => {
    expect(renderBadge(3).replace(/<[^>]+>/g, '')).toBe('Notifications3');
  });
});
