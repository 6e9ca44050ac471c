import { describe, expect, it } from 'vitest';
import { describeView } from './view-summary.ts';

const options = {
  pcns: [
    { id: 'p1', name: 'Riverside PCN' },
    { id: 'p2', name: 'Hillside PCN' },
  ],
  practices: [{ id: 'g1', name: 'Willow Lane Surgery', pcnId: 'p1' }],
  workers: [{ id: 'w1', name: 'Lina Link' }],
  aggregateOnly: false,
  canConfigure: false,
};
const period = { from: '2025-04-01', to: '2026-03-31' };

describe('what a report covers, in words', () => {
  it('names the period and every filter', () => {
    expect(describeView({ period, filters: { pcnId: 'p1', practiceId: 'g1', workerId: 'w1' } }, options)).toBe(
      '1 April 2025 to 31 March 2026, Riverside PCN, Willow Lane Surgery, link worker Lina Link',
    );
  });

  it('says all PCNs when none is chosen, or names the only one', () => {
    expect(describeView({ period, filters: { pcnId: null, practiceId: null, workerId: null } }, options)).toBe(
      '1 April 2025 to 31 March 2026, All PCNs',
    );
    expect(
      describeView(
        { period, filters: { pcnId: null, practiceId: null, workerId: null } },
        { ...options, pcns: [{ id: 'p1', name: 'Riverside PCN' }] },
      ),
    ).toBe('1 April 2025 to 31 March 2026, Riverside PCN');
  });
});
