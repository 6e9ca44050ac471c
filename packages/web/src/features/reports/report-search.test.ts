import type { ReportFilterOptions } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import {
  filterValues,
  hasRoiOverrides,
  readReportSearch,
  reconcileFilters,
  reportApiUrl,
  reportCsvUrl,
  reportSearchString,
  withFilters,
  withRoiAssumptions,
} from './report-search.ts';

const PCN_A = '11111111-1111-4111-8111-111111111111';
const PCN_B = '22222222-2222-4222-8222-222222222222';
const PRACTICE_A = '33333333-3333-4333-8333-333333333333';
const WORKER = '44444444-4444-4444-8444-444444444444';

const options: ReportFilterOptions = {
  pcns: [
    { id: PCN_A, name: 'A' },
    { id: PCN_B, name: 'B' },
  ],
  practices: [{ id: PRACTICE_A, name: 'Practice A', pcnId: PCN_A }],
  workers: [{ id: WORKER, name: 'Lina' }],
  aggregateOnly: false,
  canConfigure: false,
};

describe('report query strings', () => {
  it('reads only the known parameters, trimmed, leaving blanks out', () => {
    const search = readReportSearch(new URLSearchParams(`from=2025-01-01&to=&pcnId=${PCN_A}&page=2&attributionShare= 0.4 `));
    expect(search).toEqual({ from: '2025-01-01', pcnId: PCN_A, attributionShare: '0.4' });
    expect(filterValues(search)).toEqual({ from: '2025-01-01', to: '', pcnId: PCN_A, practiceId: '', workerId: '' });
  });

  it('writes parameters in a stable order, filters first', () => {
    expect(reportSearchString({ attributionShare: '0.4', to: '2025-12-31', from: '2025-01-01' })).toBe(
      '?from=2025-01-01&to=2025-12-31&attributionShare=0.4',
    );
    expect(reportSearchString({})).toBe('');
  });

  it('keeps the ROI assumptions when the filters change, and drops them on reset', () => {
    const search = { pcnId: PCN_A, gpConsultationCost: '50' };
    const filtered = withFilters(search, { from: '2025-01-01', to: '', pcnId: PCN_B, practiceId: '', workerId: '' });
    expect(filtered).toEqual({
      gpConsultationCost: '50',
      from: '2025-01-01',
      to: '',
      pcnId: PCN_B,
      practiceId: '',
      workerId: '',
    });
    expect(hasRoiOverrides(filtered)).toBe(true);
    const reset = withRoiAssumptions(filtered, null);
    expect(reset).toEqual({ from: '2025-01-01', pcnId: PCN_B });
    expect(hasRoiOverrides(reset)).toBe(false);
    const edited = withRoiAssumptions(reset, {
      gpConsultationCost: 40,
      aeAttendanceCost: 200,
      linkWorkerCostPerWte: 35000,
      attributionShare: 0.25,
    });
    expect(reportSearchString(edited)).toBe(
      `?from=2025-01-01&pcnId=${PCN_B}&gpConsultationCost=40&aeAttendanceCost=200&linkWorkerCostPerWte=35000&attributionShare=0.25`,
    );
  });

  it('sends the ROI assumptions to the ROI report only, and the same query to its CSVs', () => {
    const search = { pcnId: PCN_A, attributionShare: '0.4' };
    expect(reportApiUrl('outcomes', search)).toBe(`/api/reports/outcomes?pcnId=${PCN_A}`);
    expect(reportApiUrl('roi', search)).toBe(`/api/reports/roi?pcnId=${PCN_A}&attributionShare=0.4`);
    expect(reportCsvUrl('roi', 'range', search)).toBe(`/api/reports/roi/tables/range.csv?pcnId=${PCN_A}&attributionShare=0.4`);
    expect(reportCsvUrl('funnel', 'by-source', {})).toBe('/api/reports/funnel/tables/by-source.csv');
  });

  it('drops a practice outside the chosen PCN, and the worker for aggregate-only viewers', () => {
    const filters = { from: '', to: '', pcnId: PCN_B, practiceId: PRACTICE_A, workerId: WORKER };
    expect(reconcileFilters(filters, options)).toEqual({ ...filters, practiceId: '' });
    expect(reconcileFilters({ ...filters, pcnId: PCN_A }, options)).toEqual({ ...filters, pcnId: PCN_A });
    expect(reconcileFilters({ ...filters, pcnId: '' }, { ...options, aggregateOnly: true })).toEqual({
      ...filters,
      pcnId: '',
      workerId: '',
    });
  });
});
