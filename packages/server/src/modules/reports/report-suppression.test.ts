import { type ReportTable, SUPPRESSED } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { suppressReport, suppressTable } from './report-suppression.ts';

const table = (rows: ReportTable['rows']): ReportTable => ({
  id: 'by-group',
  title: 'By group',
  columns: [
    { key: 'group', label: 'Group', kind: 'text' },
    { key: 'referred', label: 'Referred', kind: 'count' },
    { key: 'contacted', label: 'Contacted', kind: 'count' },
    { key: 'contactedRate', label: 'Contacted (%)', kind: 'rate', numerator: 'contacted', denominator: 'referred' },
    { key: 'medianDays', label: 'Median days', kind: 'statistic', sampleSize: 'contacted', decimals: 1 },
    { key: 'capacity', label: 'Capacity', kind: 'number' },
  ],
  rows,
});

describe('report suppression', () => {
  it('shows counts 1–4 as "<5", rounds the rest to 5 and keeps 0', () => {
    const [a, b, c] = suppressTable(
      table([
        { group: 'A', referred: 12, contacted: 3, contactedRate: 25, medianDays: 4, capacity: 2 },
        { group: 'B', referred: 0, contacted: 0, contactedRate: null, medianDays: null, capacity: 3 },
        { group: 'C', referred: 4, contacted: 1, contactedRate: 25, medianDays: 1, capacity: 4 },
      ]),
    ).rows;
    expect([a?.referred, a?.contacted]).toEqual([10, SUPPRESSED]);
    expect([b?.referred, b?.contacted]).toEqual([0, 0]);
    expect([c?.referred, c?.contacted]).toEqual([SUPPRESSED, SUPPRESSED]);
  });

  it('works rates out from the rounded counts, hiding them only on what the rounded counts show', () => {
    const [half, mostly, smallNumerator, tooFew] = suppressTable(
      table([
        // 10 of 20: 50%. 18 of 20: shown as 20 of 20, so 100%. 2 of 20: "<5", hidden. 4 of 7: hidden; n 4: hidden.
        { group: 'A', referred: 20, contacted: 10, contactedRate: 50, medianDays: 3.5 },
        { group: 'B', referred: 20, contacted: 18, contactedRate: 90, medianDays: 2 },
        { group: 'C', referred: 20, contacted: 2, contactedRate: 10, medianDays: 6 },
        { group: 'D', referred: 7, contacted: 4, contactedRate: 57.1, medianDays: 2.5 },
      ]),
    ).rows;
    expect([half?.contactedRate, half?.medianDays]).toEqual([50, 3.5]);
    expect([mostly?.contactedRate, mostly?.medianDays]).toEqual([100, 2]);
    expect([smallNumerator?.contactedRate, smallNumerator?.medianDays]).toEqual([null, null]);
    expect([tooFew?.contactedRate, tooFew?.medianDays]).toEqual([null, null]);
  });

  it('gives the same rate for exact counts that round alike, so a rate never solves for a count', () => {
    // "45.5%" beside "5 of 10" would say 5 of 11; "41.7%" would say 5 of 12.
    const rows = suppressTable(
      table([
        { group: 'A', referred: 11, contacted: 5, contactedRate: 45.5 },
        { group: 'B', referred: 12, contacted: 6, contactedRate: 50 },
        { group: 'C', referred: 8, contacted: 7, contactedRate: 87.5 },
      ]),
    ).rows;
    expect(rows.map((r) => [r.referred, r.contacted, r.contactedRate])).toEqual([
      [10, 5, 50],
      [10, 5, 50],
      [10, 5, 50],
    ]);
  });

  it('ranks a table ranked by a count again on the rounded counts, ties by name', () => {
    const ranked: ReportTable = {
      ...table([
        { group: 'Zinnia', referred: 13, contacted: 0 },
        { group: 'Yarrow', referred: 4, contacted: 0 },
        { group: 'Aster', referred: 11, contacted: 0 },
        { group: 'Bluebell', referred: 2, contacted: 0 },
        { group: 'Clover', referred: 0, contacted: 0 },
      ]),
      rankedBy: 'referred',
    };
    expect(suppressTable(ranked).rows.map((r) => [r.group, r.referred])).toEqual([
      ['Zinnia', 15],
      ['Aster', 10],
      ['Bluebell', SUPPRESSED],
      ['Yarrow', SUPPRESSED],
      ['Clover', 0],
    ]);
  });

  it('hides a rate or statistic whose count columns are missing, rather than guess', () => {
    const broken: ReportTable = {
      id: 'broken',
      title: 'Broken',
      columns: [
        { key: 'rate', label: 'Rate', kind: 'rate', numerator: 'nope', denominator: 'nada' },
        { key: 'mean', label: 'Mean', kind: 'statistic' },
      ],
      rows: [{ rate: 50, mean: 3 }],
    };
    expect(suppressTable(broken).rows).toEqual([{ rate: null, mean: null }]);
  });

  it('leaves text, numbers, money and dates alone', () => {
    const [row] = suppressTable(
      table([{ group: 'Ash Surgery', referred: 5, contacted: 5, contactedRate: 100, medianDays: 1, capacity: 3 }]),
    ).rows;
    expect(row).toEqual({ group: 'Ash Surgery', referred: 5, contacted: 5, contactedRate: 100, medianDays: 1, capacity: 3 });
  });

  it('drops keys no column declares, so a raw figure cannot ride along', () => {
    const [row] = suppressTable(table([{ group: 'A', referred: 3, contacted: 3, rawReferred: 3, workerId: 'w-1' }])).rows;
    expect(row).not.toHaveProperty('rawReferred');
    expect(row).not.toHaveProperty('workerId');
    expect(row?.referred).toBe(SUPPRESSED);
  });

  it('suppresses headlines by kind, using the raw counts they carry, and says so in the notes', () => {
    const report = suppressReport({
      headlines: [
        { label: 'Referred', value: 3, kind: 'count' },
        { label: 'People', value: 23, kind: 'count' },
        { label: 'Contacted', value: 90, kind: 'rate', numerator: 18, denominator: 20 },
        { label: 'Engaged', value: 50, kind: 'rate', numerator: 10, denominator: 20 },
        { label: 'Rate without counts', value: 50, kind: 'rate' },
        { label: 'Median days', value: 4, kind: 'statistic', sampleSize: 4 },
        { label: 'Mean change', value: 1.5, kind: 'statistic', sampleSize: 5 },
        { label: 'Services', value: 2, kind: 'number' },
      ],
      tables: [],
      notes: ['Method.'],
    });
    // Contacted: 18 of 20 is shown as 20 of 20, so 100%.
    expect(report.headlines.map((h) => h.value)).toEqual([SUPPRESSED, 25, 100, 50, null, null, 1.5, 2]);
    expect(report.notes[0]).toBe('Method.');
    expect(report.notes.at(-1)).toMatch(/counts from 1 to 4 are shown as "<5"/);
  });
});
