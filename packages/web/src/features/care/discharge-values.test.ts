import { describe, expect, it } from 'vitest';
import { buildDischargeRequest, EMPTY_DISCHARGE, hasDischargeInput } from './discharge-values.ts';

describe('the discharge form', () => {
  it('asks for the outcome and the reason, in the order of the fields', () => {
    const result = buildDischargeRequest(EMPTY_DISCHARGE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(['outcome', 'reason']);
  });

  it('builds the request from what was typed', () => {
    const result = buildDischargeRequest({ outcome: 'goals_met', reason: ' Feeling better ', summary: '' });
    expect(result).toEqual({ ok: true, data: { outcome: 'goals_met', reason: 'Feeling better', summary: '' } });
  });

  it('counts only what was typed or chosen as input worth keeping', () => {
    expect(hasDischargeInput(EMPTY_DISCHARGE)).toBe(false);
    expect(hasDischargeInput({ ...EMPTY_DISCHARGE, reason: '  ' })).toBe(false);
    expect(hasDischargeInput({ ...EMPTY_DISCHARGE, outcome: 'goals_met' })).toBe(true);
  });
});
