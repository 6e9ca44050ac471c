import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { AppError, validationError } from '../../../errors.ts';
import { NESTED_LIST_KEYS } from './oruk-feed-schemas.ts';

/**
 * Where an ORUK import reads its services from: a file (a paged response with `contents`, a
 * JSON array of services, or NDJSON — one service per line, streamed so a 100,000-service file
 * never sits in memory), text already received (an upload), or a feed's base URL, paged through
 * `GET {base}/services?page=N&per_page=100&full=true`, fetching `{base}/services/{id}` for any
 * listed service that came without its nested detail. The UK profile has no `full` parameter
 * (its list holds only each service's own fields and organization), so a feed that follows it
 * needs the detail of every service fetched; Kith's own feed honours `full` and needs none.
 */

export type OrukSource =
  /** A file path, or a base URL starting http(s)://. */
  | string
  | { file: string }
  | { url: string }
  /** An uploaded file's text (JSON or NDJSON). */
  | { text: string }
  /** An uploaded JSON document, already parsed. */
  | { document: unknown };

/** One record of the feed, or why it could not be read (with the service's id when the list gave it). */
export type FeedItem = { value: unknown } | { unreadable: string; id?: string };

export interface OrukFeed {
  kind: 'file' | 'url' | 'upload';
  /** How many services the feed says it has, when it says. */
  total?: number;
  items: AsyncIterable<FeedItem>;
}

const PAGE_SIZE = 100;
const DETAIL_FETCHES_AT_ONCE = 8;
const FETCH_TIMEOUT_MS = 30_000;

export async function openOrukFeed(source: OrukSource): Promise<OrukFeed> {
  if (typeof source === 'string') {
    return /^https?:\/\//i.test(source) ? openUrl(source) : openFile(source);
  }
  if ('url' in source) return openUrl(source.url);
  if ('file' in source) return openFile(source.file);
  if ('document' in source) {
    const services = servicesOf(source.document, 'file');
    return { kind: 'upload', total: services.length, items: each(services) };
  }
  return { kind: 'upload', ...fromText(source.text) };
}

function parseLine(line: string): FeedItem {
  try {
    return { value: JSON.parse(line) };
  } catch {
    return { unreadable: 'This line is not valid JSON' };
  }
}

/** The first line parses as an object that is not a page of results: one service per line. */
function looksLikeNdjson(firstLine: string): boolean {
  try {
    const value: unknown = JSON.parse(firstLine);
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !('contents' in value);
  } catch {
    return false;
  }
}

/** A whole JSON document: a paged response, an array of services or one service. */
function servicesOf(document: unknown, where: string): unknown[] {
  if (Array.isArray(document)) return document;
  if (typeof document === 'object' && document !== null) {
    const contents = (document as { contents?: unknown }).contents;
    if (Array.isArray(contents)) return contents;
    if ('id' in document) return [document];
  }
  throw validationError(where, 'Expected ORUK services: a page with "contents", a JSON array, or one service per line');
}

async function* each(values: unknown[]): AsyncGenerator<FeedItem> {
  for (const value of values) yield { value };
}

function fromText(text: string): Pick<OrukFeed, 'total' | 'items'> {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.trimStart().split('\n', 1)[0] ?? '';
  if (looksLikeNdjson(firstLine)) {
    const lines = body.split('\n').filter((line) => line.trim() !== '');
    return {
      total: lines.length,
      items: (async function* () {
        for (const line of lines) yield parseLine(line);
      })(),
    };
  }
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch {
    throw validationError('file', 'The file is not valid JSON or NDJSON');
  }
  const services = servicesOf(document, 'file');
  return { total: services.length, items: each(services) };
}

async function firstLineOf(path: string): Promise<string> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) if (line.trim() !== '') return line.replace(/^\uFEFF/, '');
    return '';
  } finally {
    lines.close();
  }
}

async function openFile(path: string): Promise<OrukFeed> {
  let firstLine: string;
  try {
    firstLine = await firstLineOf(path);
  } catch (error) {
    throw validationError('file', `Cannot read ${path}: ${(error as Error).message}`);
  }
  if (!looksLikeNdjson(firstLine)) return { kind: 'file', ...fromText(await readFile(path, 'utf8')) };
  // Count the lines first (a quick pass) so progress can show a total; then stream them.
  let total = 0;
  for await (const line of createInterface({ input: createReadStream(path, { encoding: 'utf8' }) })) {
    if (line.trim() !== '') total += 1;
  }
  async function* items(): AsyncGenerator<FeedItem> {
    const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) if (line.trim() !== '') yield parseLine(line.replace(/^\uFEFF/, ''));
  }
  return { kind: 'file', total, items: items() };
}

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    throw validationError('url', `Could not reach ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) return { status: response.status, body: null };
  try {
    return { status: response.status, body: await response.json() };
  } catch {
    throw validationError('url', `${url} did not answer with JSON`);
  }
}

interface FeedPage {
  contents: unknown[];
  totalItems?: number;
  totalPages?: number;
}

/**
 * A URL under the feed's base. Query parameters on the base (e.g. `?taxonomy_id=…`) are kept on
 * every request, so an admin can import part of a large feed.
 */
function feedUrl(base: URL, path: string, params: Record<string, string> = {}): string {
  const url = new URL(base);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}${path}`;
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

async function fetchPage(base: URL, page: number): Promise<FeedPage> {
  const url = feedUrl(base, '/services', { page: String(page), per_page: String(PAGE_SIZE), full: 'true' });
  const { status, body } = await getJson(url);
  if (status !== 200) throw validationError('url', `${url} answered ${status}: is this the base URL of an ORUK 3.0 feed?`);
  const page_ = body as { contents?: unknown; total_items?: unknown; total_pages?: unknown } | null;
  if (!page_ || !Array.isArray(page_.contents)) {
    throw validationError('url', `${url} did not answer with an ORUK page of services (no "contents")`);
  }
  return {
    contents: page_.contents,
    ...(typeof page_.total_items === 'number' ? { totalItems: page_.total_items } : {}),
    ...(typeof page_.total_pages === 'number' ? { totalPages: page_.total_pages } : {}),
  };
}

/** A full record has at least one nested list; a listed one has only one-to-one fields. */
function hasDetail(item: unknown): boolean {
  return typeof item === 'object' && item !== null && NESTED_LIST_KEYS.some((key) => key in item);
}

/** The detail of one listed service; a failure is that service's error, never the whole import's. */
async function detailOf(base: URL, item: unknown): Promise<FeedItem> {
  const id = (item as { id?: unknown } | null)?.id;
  if (hasDetail(item) || typeof id !== 'string') return { value: item };
  const url = feedUrl(base, `/services/${encodeURIComponent(id)}`);
  try {
    const { status, body } = await getJson(url);
    if (status !== 200) return { unreadable: `The feed answered ${status} for this service’s detail (${url})`, id };
    const bodyId = typeof body === 'object' && body !== null ? (body as { id?: unknown }).id : undefined;
    if (typeof bodyId !== 'string' || bodyId.toLowerCase() !== id.toLowerCase()) {
      return { unreadable: `The feed’s detail for this service (${url}) is not the same service`, id };
    }
    return { value: body };
  } catch (error) {
    const message = error instanceof AppError ? (error.extra.issues?.[0]?.message ?? error.message) : String(error);
    return { unreadable: `Could not read this service’s detail: ${message}`, id };
  }
}

/**
 * Listed services without nested detail are fetched one by one, at most
 * `DETAIL_FETCHES_AT_ONCE` at a time (a pool: a slow one holds up no more than its own slot),
 * and handed on in the list's order.
 */
async function withDetail(base: URL, contents: unknown[]): Promise<FeedItem[]> {
  const out: FeedItem[] = new Array(contents.length);
  let next = 0;
  const worker = async () => {
    while (next < contents.length) {
      const at = next;
      next += 1;
      out[at] = await detailOf(base, contents[at]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(DETAIL_FETCHES_AT_ONCE, contents.length) }, worker));
  return out;
}

async function openUrl(raw: string): Promise<OrukFeed> {
  let base: URL;
  try {
    base = new URL(raw.trim());
  } catch {
    throw validationError('url', 'Enter the feed’s web address, starting https://');
  }
  // The first page is read now, so a wrong address is reported before any import starts.
  const first = await fetchPage(base, 1);
  async function* items(): AsyncGenerator<FeedItem> {
    let page = first;
    for (let number = 1; ; number += 1) {
      if (number > 1) page = await fetchPage(base, number);
      if (page.contents.length === 0) return;
      yield* await withDetail(base, page.contents);
      const lastPage = first.totalPages ?? (first.totalItems !== undefined ? Math.ceil(first.totalItems / PAGE_SIZE) : undefined);
      if (lastPage !== undefined ? number >= lastPage : page.contents.length < PAGE_SIZE) return;
    }
  }
  return { kind: 'url', ...(first.totalItems !== undefined ? { total: first.totalItems } : {}), items: items() };
}
