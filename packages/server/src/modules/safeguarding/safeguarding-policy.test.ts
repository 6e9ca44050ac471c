import { ConcernTransitionRequest, SAFEGUARDING_STATUSES, SAFEGUARDING_TRANSITIONS } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { assertCanMove, outcomeFor } from './safeguarding-policy.ts';

describe('safeguarding state machine', () => {
  it('every concern can reach closed, and closed goes nowhere', () => {
    const reach = (from: string, seen = new Set<string>()): Set<string> => {
      for (const next of SAFEGUARDING_TRANSITIONS[from as keyof typeof SAFEGUARDING_TRANSITIONS]) {
        if (!seen.has(next)) reach(next, seen.add(next));
      }
      return seen;
    };
    for (const status of SAFEGUARDING_STATUSES.filter((s) => s !== 'closed')) expect(reach(status).has('closed')).toBe(true);
    expect(SAFEGUARDING_TRANSITIONS.closed).toEqual([]);
  });

  it('refuses skipping acknowledgement with a conflict listing the allowed next state', () => {
    try {
      assertCanMove('raised', 'managed_internally');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('conflict');
      expect((error as AppError).extra.allowed).toEqual(['acknowledged']);
    }
  });

  it('closing without an outcome names the outcome field, in the schema and the policy', () => {
    const parsed = ConcernTransitionRequest.safeParse({ to: 'closed', note: 'Done' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['outcome']);
    expect(() => outcomeFor({ to: 'closed', note: 'Done' })).toThrow(AppError);
    expect(outcomeFor({ to: 'acknowledged', note: 'Seen', outcome: 'ignored' })).toBeNull();
  });
});
