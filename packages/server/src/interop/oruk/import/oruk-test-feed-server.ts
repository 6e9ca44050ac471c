import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Test tooling: an ORUK API served from records, listing services bare or as the UK profile
 * does (no `full`: a list never carries nested detail), with the detail of each by id.
 */

/** How `serveFeed` lists services: bare (id, name, status) or as the UK profile does (every own field and the organization). */
export type FeedListing = 'bare' | 'uk-profile';

const NESTED_LISTS = [
  'service_at_locations',
  'schedules',
  'contacts',
  'phones',
  'cost_options',
  'languages',
  'service_areas',
  'funding',
  'attributes',
];

/** A service as a UK profile `/services` page lists it: its one-to-one fields and organization, no nested lists. */
export function listedAsUkProfile(record: object): Record<string, unknown> {
  const listed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (NESTED_LISTS.includes(key)) continue;
    if (key === 'organization' && typeof value === 'object' && value !== null) {
      const { organization_identifiers: _identifiers, attributes: _attributes, ...own } = value as Record<string, unknown>;
      listed[key] = own;
    } else listed[key] = value;
  }
  return listed;
}

/**
 * Serves `records` as an ORUK API under `/api`: pages of `pageSize`, the detail by id. It has no
 * `full` parameter (the UK profile has none): the list never carries nested detail.
 */
export async function serveFeed(
  records: readonly object[],
  pageSize: number,
  { listing = 'bare', withoutDetail = [] }: { listing?: FeedListing; withoutDetail?: readonly string[] } = {},
): Promise<{ server: Server; base: string; detailRequests: string[] }> {
  const detailRequests: string[] = [];
  // Services in `withoutDetail` are listed but their detail answers 404.
  const byId = new Map(
    records.map((r): [string, object] => [(r as { id: string }).id, r]).filter(([id]) => !withoutDetail.includes(id)),
  );
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://feed.test');
    response.setHeader('content-type', 'application/json');
    const detail = url.pathname.match(/^\/api\/services\/([0-9a-f-]+)$/);
    if (detail?.[1]) {
      detailRequests.push(detail[1]);
      const record = byId.get(detail[1]);
      response.statusCode = record ? 200 : 404;
      response.end(JSON.stringify(record ?? { error: 'not found' }));
      return;
    }
    if (url.pathname !== '/api/services') {
      response.statusCode = 404;
      response.end('{}');
      return;
    }
    const page = Number(url.searchParams.get('page') ?? '1');
    const slice = records.slice((page - 1) * pageSize, page * pageSize);
    const contents = slice.map((r) => {
      if (listing === 'uk-profile') return listedAsUkProfile(r);
      const { id, name, status } = r as { id: string; name: string; status: string };
      return { id, name, status };
    });
    const totalPages = Math.ceil(records.length / pageSize);
    response.end(
      JSON.stringify({
        total_items: records.length,
        total_pages: totalPages,
        page_number: page,
        size: contents.length,
        first_page: page === 1,
        last_page: page >= totalPages,
        empty: contents.length === 0,
        contents,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}/api`, detailRequests };
}
