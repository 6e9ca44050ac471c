import type { MeResponse, Role } from '@kith/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { meQueryKey } from '../session/session-queries.ts';

const ID = '00000000-0000-4000-8000-000000000001';

/** A signed-in user holding `roles` in one PCN. */
export function signedInAs(...roles: Role[]): MeResponse {
  return {
    user: { id: ID, email: 'someone@example.org', displayName: 'Someone' },
    memberships: roles.map((role) => ({ organisationId: ID, organisationName: 'Riverside PCN', organisationKind: 'pcn', role })),
    csrfToken: 'token',
    sessionExpiresAt: '2099-01-01T00:00:00.000Z',
  };
}

/**
 * Renders `element` once on the server at `path` (matched by `pattern`), with the query cache holding `cached` (key →
 * data) and, for `failed`, queries that ended in an error. Nothing is fetched.
 */
export function renderWith(
  element: ReactElement,
  options: {
    me?: MeResponse;
    path?: string;
    /** The route pattern the page sits at, so it reads its params as in the app. */
    pattern?: string;
    cached?: Array<[readonly unknown[], unknown]>;
    failed?: Array<[readonly unknown[], Error]>;
  } = {},
): string {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, retryOnMount: false } } });
  client.setQueryData(meQueryKey, options.me ?? signedInAs('link_worker'));
  for (const [key, data] of options.cached ?? []) client.setQueryData(key, data);
  for (const [key, error] of options.failed ?? []) {
    client.getQueryCache().build(client, { queryKey: key }).setState({ status: 'error', error, fetchStatus: 'idle' });
  }
  // A data router, as main.tsx makes, so forms can hold navigation back while unsaved.
  const router = createMemoryRouter([{ path: options.pattern ?? '*', element }], { initialEntries: [options.path ?? '/'] });
  return renderToStaticMarkup(createElement(QueryClientProvider, { client }, createElement(RouterProvider, { router })));
}

/** The text a reader meets, tags stripped and spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
