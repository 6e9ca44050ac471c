import { describe, expect, it } from 'vitest';
import { allowedTaskMoves, OPEN_TASK_STATUSES, TASK_STATUSES, TASK_TRANSITIONS, taskMoveNeedsReason } from './task-states.ts';

describe('onward referral (FHIR Task) state machine', () => {
  it('lets the provider take a referral from requested to completed, through on-hold and back', () => {
    const path = ['requested', 'accepted', 'in-progress', 'on-hold', 'in-progress', 'completed'] as const;
    for (let i = 1; i < path.length; i++) {
      expect(allowedTaskMoves(path[i - 1] as never, 'provider')).toContain(path[i]);
    }
  });

  it('lets the requester only cancel, and only while the referral is open', () => {
    for (const status of TASK_STATUSES) {
      const expected = OPEN_TASK_STATUSES.includes(status) ? ['cancelled'] : [];
      expect(allowedTaskMoves(status, 'requester')).toEqual(expected);
    }
  });

  it('allows nothing out of rejected, completed, failed or cancelled', () => {
    for (const end of ['rejected', 'completed', 'failed', 'cancelled'] as const) expect(TASK_TRANSITIONS[end]).toEqual([]);
  });

  it('refuses completing a referral that was never started', () => {
    expect(allowedTaskMoves('requested', 'provider')).not.toContain('completed');
    expect(allowedTaskMoves('accepted', 'provider')).not.toContain('completed');
  });

  it('asks for a reason when rejecting, holding, failing or cancelling, and not otherwise', () => {
    expect(TASK_STATUSES.filter(taskMoveNeedsReason)).toEqual(['rejected', 'on-hold', 'failed', 'cancelled']);
  });
});
