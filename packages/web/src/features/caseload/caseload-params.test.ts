import { describe, expect, it } from 'vitest';
import { caseloadHref, readCaseloadParams } from './caseload-params.ts';

describe('caseload sort and filter', () => {
  it('reads known values and falls back to the defaults otherwise', () => {
    expect(readCaseloadParams(new URLSearchParams('sort=review&filter=at_risk'))).toEqual({ sort: 'review', filter: 'at_risk' });
    expect(readCaseloadParams(new URLSearchParams('sort=shoe-size&filter='))).toEqual({ sort: 'urgency', filter: 'all' });
  });

  it('leaves the defaults out of the address', () => {
    expect(caseloadHref({ sort: 'urgency', filter: 'all' })).toBe('/caseload');
    expect(caseloadHref({ sort: 'name', filter: 'overdue_review' })).toBe('/caseload?sort=name&filter=overdue_review');
  });

  it('round-trips through the query string', () => {
    const params = { sort: 'last_contact', filter: 'no_contact_14_days' } as const;
    const href = caseloadHref(params);
    expect(readCaseloadParams(new URLSearchParams(href.split('?')[1]))).toEqual(params);
  });
});
