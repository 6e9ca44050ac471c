import type { SupervisionOverviewRow } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { bySupervisionNeed } from './dashboard-view.ts';

const person = (name: string, status: SupervisionOverviewRow['status'], daysSince: number | null): SupervisionOverviewRow => ({
  userId: name,
  name,
  lastByType: { clinical_gp: null, peer: null, senior_link_worker: null, safeguarding: null },
  lastSessionOn: null,
  daysSince,
  status,
});

describe('dashboard view', () => {
  it('puts overdue supervision first, never supervised before the longest since', () => {
    const rows = [
      person('Due', 'due', 30),
      person('Long', 'overdue', 60),
      person('Never', 'overdue', null),
      person('Ok', 'ok', 3),
    ];
    expect(rows.sort(bySupervisionNeed).map((r) => r.name)).toEqual(['Never', 'Long', 'Due', 'Ok']);
  });
});
