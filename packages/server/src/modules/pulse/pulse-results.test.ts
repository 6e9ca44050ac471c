import { PULSE_SUPPRESSED_TEXT } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { NO_RESPONSES_NOTE, OVERALL_WITHHELD_NOTE, type PulseResponseRow, summarisePulseResponses } from './pulse-results.ts';
import { pulseResultsCsv } from './pulse-results-csv.ts';

const row = (groupId: string, value: number): PulseResponseRow => ({
  groupId,
  groupName: `Group ${groupId}`,
  answers: { job_satisfaction: value, caseload_manageable: value, valued_by_practice: value, supervision_access: value },
});
const rows = (groupId: string, values: number[]) => values.map((value) => row(groupId, value));
const round = {
  id: '00000000-0000-4000-8000-000000000001',
  organisationId: '00000000-0000-4000-8000-000000000002',
  organisationName: 'ICB',
  title: 'Pulse',
  opensOn: '2026-01-01',
  closesOn: '2026-01-31',
  state: 'open' as const,
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('pulse results suppression', () => {
  it('hides a group of 4 entirely and withholds the overall line', () => {
    const summary = summarisePulseResponses([...rows('a', [1, 2, 3, 4]), ...rows('b', [5, 5, 5, 5, 5])]);
    expect(summary.groups[0]).toEqual({
      organisationId: 'a',
      organisationName: 'Group a',
      shown: false,
      note: PULSE_SUPPRESSED_TEXT,
    });
    expect(summary.groups[1]?.shown).toBe(true);
    expect(summary.overall).toBeNull();
    expect(summary.overallNote).toBe(OVERALL_WITHHELD_NOTE);
  });

  it('shows n, means to 2 dp and the distribution from 5 responses, with the overall when nothing is hidden', () => {
    const summary = summarisePulseResponses([...rows('a', [1, 1, 2, 2, 2]), ...rows('b', [3, 3, 3, 4, 4, 5])]);
    expect(summary.groups.map((g) => (g.shown ? [g.figures.n, g.figures.questions[0]?.mean] : null))).toEqual([
      [5, 1.6],
      [6, 3.67],
    ]);
    expect(summary.overall?.n).toBe(11);
    expect(summary.overall?.questions[0]?.distribution).toEqual([2, 3, 3, 2, 1]);
  });

  it('says there are no responses yet rather than showing zeros', () => {
    expect(summarisePulseResponses([])).toEqual({ groups: [], overall: null, overallNote: NO_RESPONSES_NOTE });
  });

  it('writes the CSV from the same summary, hidden groups as one row without figures', () => {
    const summary = summarisePulseResponses([...rows('=evil', [1, 2]), ...rows('b', [4, 4, 4, 4, 4])]);
    const csv = pulseResultsCsv({ round, minimumGroup: 5, ...summary });
    const lines = csv.trim().split('\r\n');
    expect(lines[1]).toBe(`Group =evil,${PULSE_SUPPRESSED_TEXT},,,,,,,`);
    expect(lines.slice(2, 6).every((line) => line.startsWith('Group b,5,'))).toBe(true);
    expect(lines[6]).toBe(`All groups,"${OVERALL_WITHHELD_NOTE}",,,,,,,`);
  });
});
