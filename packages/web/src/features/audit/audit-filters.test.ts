import { describe, expect, it } from 'vitest';
import { auditHref, auditQuery, hasAnyFilter, readAuditFilters } from './audit-filters.ts';

describe('audit filters in the query string', () => {
  it('round-trips the filters through the URL, leaving out blanks and page 1', () => {
    const filters = readAuditFilters(new URLSearchParams('action=create&recordType=user&from=2026-02-01&page=3'));
    expect(filters).toMatchObject({ action: 'create', recordType: 'user', from: '2026-02-01', to: '', page: 3 });
    expect(auditHref({ ...filters, page: 1 })).toBe('/admin/audit?action=create&recordType=user&from=2026-02-01');
  });

  it('ignores an unknown action, a malformed date and a bad page number', () => {
    const filters = readAuditFilters(new URLSearchParams('action=explode&from=yesterday&page=-2'));
    expect(filters).toMatchObject({ action: '', from: '', page: 1 });
    expect(hasAnyFilter(filters)).toBe(false);
  });

  it('sends whole local days, inclusive at both ends, as ISO instants', () => {
    const query = auditQuery({ ...readAuditFilters(new URLSearchParams()), from: '2026-03-01', to: '2026-03-02' });
    expect(query.from).toBe(new Date('2026-03-01T00:00:00.000').toISOString());
    expect(query.to).toBe(new Date('2026-03-02T23:59:59.999').toISOString());
    expect(query.pageSize).toBe(50);
  });
});
