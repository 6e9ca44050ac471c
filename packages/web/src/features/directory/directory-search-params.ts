import { type DirectorySearchStart, WEEKDAYS, type Weekday } from '@kith/shared';
import type { QueryParams } from '../../api/api-client.ts';

/**
 * The directory search as held in the page's query string, so a search can be shared as a link
 * and Back returns to it. Typed values (age, time, wait) stay text: the server checks them and
 * names the field when one is wrong, and the form shows that message beside it.
 */
export interface DirectorySearchParams {
  /** The person being helped: their search starts from their postcode and needs, and results offer "Refer". */
  personId: string;
  q: string;
  /** Need term ids. */
  need: string[];
  postcode: string;
  radiusKm: string;
  age: string;
  day: Weekday | '';
  time: string;
  openToReferrals: boolean;
  freeOnly: boolean;
  maxWaitDays: string;
  page: number;
}

/** Distances offered, in kilometres; the API's default is 10. */
export const RADIUS_OPTIONS_KM = [1, 3, 5, 10, 25] as const;
export const DEFAULT_RADIUS_KM = '10';
export const SEARCH_PAGE_SIZE = 20;

/** Keys that make up a search; with none of them, a search from a person's record starts afresh. */
const TEXT_KEYS = ['q', 'postcode', 'radiusKm', 'age', 'time', 'maxWaitDays'] as const;
const FILTER_KEYS = [...TEXT_KEYS, 'need', 'day', 'openToReferrals', 'freeOnly'] as const;

export const EMPTY_SEARCH: DirectorySearchParams = {
  personId: '',
  q: '',
  need: [],
  postcode: '',
  radiusKm: '',
  age: '',
  day: '',
  time: '',
  openToReferrals: false,
  freeOnly: false,
  maxWaitDays: '',
  page: 1,
};

function isWeekday(value: string | null): value is Weekday {
  return value !== null && (WEEKDAYS as readonly string[]).includes(value);
}

/** `need=a,b` and `need=a&need=b` both work, as they do for the API. */
function readList(search: URLSearchParams, key: string): string[] {
  const values = search.getAll(key).flatMap((value) => value.split(','));
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

export function readSearchParams(search: URLSearchParams): DirectorySearchParams {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const day = search.get('day');
  const text = (key: (typeof TEXT_KEYS)[number]) => (search.get(key) ?? '').trim();
  return {
    personId: (search.get('personId') ?? '').trim(),
    q: text('q'),
    need: readList(search, 'need'),
    postcode: text('postcode'),
    radiusKm: text('radiusKm'),
    age: text('age'),
    day: isWeekday(day) ? day : '',
    time: text('time'),
    openToReferrals: search.get('openToReferrals') === 'true',
    freeOnly: search.get('freeOnly') === 'true',
    maxWaitDays: text('maxWaitDays'),
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

/** Whether the address holds any search at all (not just `personId` or `page`). */
export function hasSearchFilters(search: URLSearchParams): boolean {
  return FILTER_KEYS.some((key) => search.has(key));
}

/** The `/directory` address for a search; blanks, unticked boxes and page 1 are left out. */
export function directorySearchHref(params: DirectorySearchParams): string {
  const search = new URLSearchParams();
  if (params.personId) search.set('personId', params.personId);
  if (params.q) search.set('q', params.q);
  if (params.need.length > 0) search.set('need', params.need.join(','));
  for (const key of ['postcode', 'radiusKm', 'age'] as const) if (params[key]) search.set(key, params[key]);
  if (params.day) search.set('day', params.day);
  if (params.time) search.set('time', params.time);
  if (params.openToReferrals) search.set('openToReferrals', 'true');
  if (params.freeOnly) search.set('freeOnly', 'true');
  if (params.maxWaitDays) search.set('maxWaitDays', params.maxWaitDays);
  if (params.page > 1) search.set('page', String(params.page));
  const query = search.toString();
  return query ? `/directory?${query}` : '/directory';
}

/**
 * The search a person's record starts: their postcode and the needs behind their referrals. The
 * distance is always set, so the address counts as a search even for a person with neither, and
 * the page does not start it again.
 */
export function withSearchStart(params: DirectorySearchParams, start: DirectorySearchStart): DirectorySearchParams {
  return {
    ...params,
    postcode: start.postcode ?? '',
    radiusKm: DEFAULT_RADIUS_KM,
    need: start.needs.map((need) => need.id),
    page: 1,
  };
}

/**
 * `GET /api/directory/services` query for a search. Blanks are left out (the API treats an
 * empty postcode as a malformed one); the distance only means something with a postcode.
 */
export function searchApiQuery(params: DirectorySearchParams): QueryParams {
  const given = (value: string) => (value === '' ? undefined : value);
  return {
    q: given(params.q),
    need: given(params.need.join(',')),
    postcode: given(params.postcode),
    radiusKm: params.postcode ? given(params.radiusKm) : undefined,
    age: given(params.age),
    day: given(params.day),
    time: given(params.time),
    openToReferrals: params.openToReferrals ? 'true' : undefined,
    freeOnly: params.freeOnly ? 'true' : undefined,
    maxWaitDays: given(params.maxWaitDays),
    page: params.page,
    pageSize: SEARCH_PAGE_SIZE,
  };
}

/** The form's field paths, top to bottom, matching the API's parameter names. */
export const SEARCH_FIELD_ORDER = ['q', 'need', 'postcode', 'radiusKm', 'age', 'day', 'time', 'maxWaitDays'] as const;
