import { ServiceSearchQuery, WEEKDAYS } from '@kith/shared';
import { type Checked, validateWith } from '../../api/form-issues.ts';
import { DEFAULT_RADIUS_KM, type DirectorySearchParams, searchApiQuery } from './directory-search-params.ts';

/** The search form as typed: the two yes/no filters are one group of checkboxes. */
export interface SearchFormValues {
  q: string;
  need: string[];
  postcode: string;
  radiusKm: string;
  age: string;
  day: string;
  time: string;
  maxWaitDays: string;
  /** `openToReferrals` and `freeOnly`, as ticked. */
  flags: string[];
}

export function searchFormValues(params: DirectorySearchParams): SearchFormValues {
  return {
    q: params.q,
    need: params.need,
    postcode: params.postcode,
    radiusKm: params.radiusKm || DEFAULT_RADIUS_KM,
    age: params.age,
    day: params.day,
    time: params.time,
    maxWaitDays: params.maxWaitDays,
    flags: [...(params.openToReferrals ? ['openToReferrals'] : []), ...(params.freeOnly ? ['freeOnly'] : [])],
  };
}

/**
 * The search to put in the address (page 1), checked with the schema the server uses so a
 * mistyped time or postcode is explained without a round trip. Who it is for is kept.
 */
export function buildSearch(personId: string, values: SearchFormValues): Checked<DirectorySearchParams> {
  const search: DirectorySearchParams = {
    personId,
    q: values.q.trim(),
    need: values.need,
    postcode: values.postcode.trim(),
    radiusKm: values.radiusKm,
    age: values.age,
    day: WEEKDAYS.find((day) => day === values.day) ?? '',
    time: values.time,
    openToReferrals: values.flags.includes('openToReferrals'),
    freeOnly: values.flags.includes('freeOnly'),
    maxWaitDays: values.maxWaitDays,
    page: 1,
  };
  const checked = validateWith(ServiceSearchQuery, searchApiQuery(search));
  return checked.ok ? { ok: true, data: search } : checked;
}
