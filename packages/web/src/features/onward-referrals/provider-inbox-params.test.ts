import { describe, expect, it } from 'vitest';
import { inboxHref, PROVIDER_INBOX_PAGE_SIZE, readInboxParams } from './provider-inbox-params.ts';

describe('the provider inbox address', () => {
  it('defaults to open referrals, first page', () => {
    expect(readInboxParams(new URLSearchParams(''))).toEqual({ view: 'open', page: 1, pageSize: PROVIDER_INBOX_PAGE_SIZE });
    expect(readInboxParams(new URLSearchParams('view=nonsense&page=-3'))).toMatchObject({ view: 'open', page: 1 });
  });

  it('reads and writes the view and page, leaving defaults out', () => {
    expect(readInboxParams(new URLSearchParams('view=all&page=3'))).toMatchObject({ view: 'all', page: 3 });
    expect(inboxHref({ view: 'all', page: 3 })).toBe('/provider/referrals?view=all&page=3');
    expect(inboxHref({ view: 'open', page: 1 })).toBe('/provider/referrals');
  });
});
