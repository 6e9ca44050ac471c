import { canTransition, TASK_MOVES_BY_SIDE, TASK_TRANSITIONS, type TaskSide } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { ONWARD_KIND_SHARES, ONWARD_PATHS } from './onward-paths.ts';
import { REFERRAL_KIND_SHARES, REFERRAL_KINDS, REFERRAL_PATHS } from './referral-paths.ts';
import { pathMoves, stateAtSql } from './state-paths.ts';

describe('synthetic record paths', () => {
  it('every referral path starts at received and moves only as REFERRAL_TRANSITIONS allows', () => {
    for (const kind of REFERRAL_KINDS) expect(REFERRAL_PATHS[kind][0]?.status).toBe('received');
    const refused = pathMoves(REFERRAL_PATHS).filter((move) => !canTransition(move.from, move.to));
    expect(refused).toEqual([]);
  });

  it('every onward path starts at requested and each move is one TASK_TRANSITIONS allows, made by a side allowed to make it', () => {
    for (const steps of Object.values(ONWARD_PATHS)) {
      expect(steps[0]).toMatchObject({ status: 'requested', side: 'requester' });
      for (const [i, step] of steps.slice(1).entries()) {
        const from = steps[i]?.status;
        if (!from) throw new Error('no previous step');
        expect(TASK_TRANSITIONS[from], `${from} → ${step.status}`).toContain(step.status);
        expect(TASK_MOVES_BY_SIDE[step.side as TaskSide], `${step.side} moving to ${step.status}`).toContain(step.status);
      }
    }
  });

  it('kind shares add up to one', () => {
    const sum = (shares: Record<string, number>) => Object.values(shares).reduce((a, b) => a + b, 0);
    expect(sum(REFERRAL_KIND_SHARES)).toBeCloseTo(1, 9);
    expect(sum(ONWARD_KIND_SHARES)).toBeCloseTo(1, 9);
  });

  it('where a record stands is its latest step on or before the anchor', () => {
    const status = stateAtSql({ paths: REFERRAL_PATHS, kindSql: 'p.kind', anchorSql: 'now()', columnPrefix: 'p.' }, 'status');
    // The latest step is tested first, so a discharged referral is not reported as received.
    const full = status.slice(status.indexOf("WHEN 'full'"), status.indexOf("WHEN 'reallocated'"));
    expect(full.indexOf("'discharged'")).toBeLessThan(full.indexOf("'received'"));
  });
});
