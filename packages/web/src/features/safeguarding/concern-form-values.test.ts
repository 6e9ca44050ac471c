import { describe, expect, it } from 'vitest';
import { buildConcernTransitionRequest, NO_TRANSITION } from './concern-transition-values.ts';
import { buildRaiseConcernRequest, EMPTY_CONCERN } from './raise-concern-values.ts';

describe('raising a concern', () => {
  it('names each missing answer by its prefixed field, top to bottom', () => {
    const result = buildRaiseConcernRequest(EMPTY_CONCERN);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual([
      'concern.category',
      'concern.description',
      'concern.immediateRisk',
    ]);
  });

  it('sends the referral it was raised from and the risk as yes or no', () => {
    const referralId = '5d7e8f90-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
    const result = buildRaiseConcernRequest({ category: 'neglect', description: 'Seen today', immediateRisk: 'no' }, referralId);
    expect(result).toEqual({
      ok: true,
      data: { referralId, category: 'neglect', description: 'Seen today', immediateRisk: false },
    });
  });
});

describe('moving a concern on', () => {
  it('asks for the outcome only when closing', () => {
    const closing = buildConcernTransitionRequest({ to: 'closed', note: 'Done', outcome: '' });
    expect(closing.ok ? [] : closing.issues.map((issue) => issue.path)).toEqual(['move.outcome']);
    const acknowledging = buildConcernTransitionRequest({ ...NO_TRANSITION, to: 'acknowledged', note: 'Read', outcome: 'x' });
    expect(acknowledging).toEqual({ ok: true, data: { to: 'acknowledged', note: 'Read' } });
  });
});
