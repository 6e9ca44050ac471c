import { describe, expect, it } from 'vitest';
import {
  directorySearchHref,
  EMPTY_SEARCH,
  hasSearchFilters,
  readSearchParams,
  searchApiQuery,
  withSearchStart,
} from './directory-search-params.ts';

const NEED_A = '5e3d0000-0000-4000-8000-000000000011';
const NEED_B = '5e3d0000-0000-4000-8000-000000000012';

describe('directory search in the query string', () => {
  it('round-trips every filter through the URL, leaving out blanks, unticked boxes and page 1', () => {
    const href = `/directory?personId=p1&q=walking&need=${NEED_A}%2C${NEED_B}&postcode=BW1+1AA&radiusKm=5&age=70&day=WE&time=10%3A30&openToReferrals=true&freeOnly=true&maxWaitDays=28`;
    const params = readSearchParams(new URLSearchParams(href.split('?')[1]));
    expect(params).toEqual({
      personId: 'p1',
      q: 'walking',
      need: [NEED_A, NEED_B],
      postcode: 'BW1 1AA',
      radiusKm: '5',
      age: '70',
      day: 'WE',
      time: '10:30',
      openToReferrals: true,
      freeOnly: true,
      maxWaitDays: '28',
      page: 1,
    });
    expect(directorySearchHref(params)).toBe(href);
    expect(directorySearchHref(EMPTY_SEARCH)).toBe('/directory');
  });

  it('reads repeated need parameters, drops repeats, and ignores an unknown day and a bad page', () => {
    const params = readSearchParams(new URLSearchParams(`need=${NEED_A}&need=${NEED_B},${NEED_A}&day=XX&page=-3`));
    expect(params.need).toEqual([NEED_A, NEED_B]);
    expect(params.day).toBe('');
    expect(params.page).toBe(1);
  });

  it('knows a bare person link from a search', () => {
    expect(hasSearchFilters(new URLSearchParams('personId=p1&page=2'))).toBe(false);
    expect(hasSearchFilters(new URLSearchParams('personId=p1&radiusKm=10'))).toBe(true);
    expect(hasSearchFilters(new URLSearchParams('freeOnly=true'))).toBe(true);
  });

  it("starts a person's search from their postcode and needs, keeping who it is for", () => {
    const started = withSearchStart(
      { ...EMPTY_SEARCH, personId: 'p1', page: 3 },
      { postcode: 'BW1 1AA', needs: [{ id: NEED_A, name: 'Physical activity' }] },
    );
    expect(directorySearchHref(started)).toBe(`/directory?personId=p1&need=${NEED_A}&postcode=BW1+1AA&radiusKm=10`);
    const nothingKnown = directorySearchHref(withSearchStart({ ...EMPTY_SEARCH, personId: 'p1' }, { postcode: null, needs: [] }));
    expect(nothingKnown).toBe('/directory?personId=p1&radiusKm=10');
    expect(hasSearchFilters(new URLSearchParams(nothingKnown.split('?')[1]))).toBe(true);
  });

  it('sends the API comma-joined needs, the distance only with a postcode, and flags only when ticked', () => {
    const query = searchApiQuery({ ...EMPTY_SEARCH, need: [NEED_A, NEED_B], radiusKm: '5', page: 2 });
    expect(query).toMatchObject({ need: `${NEED_A},${NEED_B}`, radiusKm: undefined, openToReferrals: undefined, page: 2 });
    expect(searchApiQuery({ ...EMPTY_SEARCH, postcode: 'BW1 1AA', radiusKm: '5', freeOnly: true })).toMatchObject({
      postcode: 'BW1 1AA',
      radiusKm: '5',
      freeOnly: 'true',
    });
    expect(searchApiQuery(EMPTY_SEARCH)).not.toHaveProperty('personId');
  });
});

describe('the search query the API receives', () => {
  it('leaves blank filters out altogether', () => {
    const query = searchApiQuery(EMPTY_SEARCH);
    expect(Object.entries(query).filter(([, value]) => value !== undefined)).toEqual([
      ['page', 1],
      ['pageSize', 20],
    ]);
  });
});
