import { describe, expect, it } from 'vitest';
import { dischargeMeasuresDue, instrumentList } from './discharge-measures.ts';

describe('measures due before discharge', () => {
  it('asks for each measure taken at baseline that has no discharge reading', () => {
    const due = dischargeMeasuresDue([
      { instrument: 'ons4', timepoint: 'baseline' },
      { instrument: 'swemwbs', timepoint: 'baseline' },
      { instrument: 'swemwbs', timepoint: 'review' },
      { instrument: 'ucla3', timepoint: 'baseline' },
      { instrument: 'ucla3', timepoint: 'discharge' },
    ]);
    expect(due).toEqual(['ons4', 'swemwbs']);
    expect(instrumentList(due)).toBe('ONS4 and SWEMWBS');
  });

  it('asks for nothing without a baseline to compare with', () => {
    expect(dischargeMeasuresDue([])).toEqual([]);
    expect(dischargeMeasuresDue([{ instrument: 'ons4', timepoint: 'review' }])).toEqual([]);
  });
});
