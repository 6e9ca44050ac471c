import { describe, expect, it } from 'vitest';
import { buildFilters, filterFormValues } from './report-filter-values.ts';
import { EMPTY_FILTERS } from './report-search.ts';

describe('the report filter form', () => {
  it('shows the period from the address as day, month and year, and reads it back', () => {
    const values = filterFormValues({ ...EMPTY_FILTERS, from: '2026-04-01' });
    expect(values.from).toEqual({ day: '1', month: '4', year: '2026' });
    expect(buildFilters(values)).toEqual({ ok: true, data: { ...EMPTY_FILTERS, from: '2026-04-01' } });
  });

  it('names a date that is not real on its own boxes', () => {
    const values = filterFormValues(EMPTY_FILTERS);
    expect(buildFilters({ ...values, to: { day: '31', month: '2', year: '2027' } })).toMatchObject({
      ok: false,
      issues: [{ path: 'to' }],
    });
  });
});
