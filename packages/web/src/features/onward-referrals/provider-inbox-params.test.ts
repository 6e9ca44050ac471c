import { describe, expect, it } from 'vitest';
import { inboxHref, PROVIDER_INBOX_PAGE_SIZE, readInboxParams } from './provider-inbox-params.ts';

describe('the provider inbox address', () => {
  it('defaults to open referrals, longest waiting first, first page', () => {
    expect(readInboxParams(new URLSearchParams(''))).toEqual({
      view: 'open',
      sort: 'oldest',
      page: 1,
      pageSize: PROVIDER_INBOX_PAGE_SIZE,
    });
    expect(readInboxParams(new URLSearchParams('view=nonsense&sort=sideways&page=-3'))).toMatchObject({
      view: 'open',
      sort: 'oldest',
      page: 1,
    });
  });

  it('shows all referrals newest first unless asked otherwise', () => {
    expect(readInboxParams(new URLSearchParams('view=all'))).toMatchObject({ view: 'all', sort: 'newest' });
    expect(readInboxParams(new URLSearchParams('view=all&sort=oldest'))).toMatchObject({ view: 'all', sort: 'oldest' });
  });

  it('reads and writes the view, order and page, leaving defaults out', () => {
    expect(readInboxParams(new URLSearchParams('view=all&page=3'))).toMatchObject({ view: 'all', page: 3 });
    expect(inboxHref({ view: 'all', page: 3 })).toBe('/provider/referrals?view=all&page=3');
    expect(inboxHref({ view: 'open', page: 1 })).toBe('/provider/referrals');
    expect(inboxHref({ view: 'open', page: 1, sort: 'oldest' })).toBe('/provider/referrals');
    expect(inboxHref({ view: 'open', page: 2, sort: 'newest' })).toBe('/provider/referrals?sort=newest&page=2');
  });
});
