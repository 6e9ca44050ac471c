import { describe, expect, it } from 'vitest';
import {
  buildAllocateRequest,
  buildTransitionRequest,
  buildTriageRequest,
  EMPTY_ALLOCATION,
  EMPTY_TRANSITION,
  transitionIssues,
} from './referral-action-values.ts';

const WORKER = '5d7e8f90-1a2b-4c3d-8e4f-5a6b7c8d9e0f';

describe('the forms that move a referral on', () => {
  it('triage leaves a blank note out and asks for the complexity', () => {
    const values = { urgency: 'soon', complexity: 'medium', riskFlags: ['lives_alone'], note: '  ' };
    const checked = buildTriageRequest(values);
    expect(checked.ok && checked.data.note).toBeUndefined();
    const missing = buildTriageRequest({ ...values, complexity: '' });
    expect(!missing.ok && missing.issues.map((issue) => issue.path)).toEqual(['complexity']);
  });

  it('allocation asks for a worker first and sends the assignee the page showed', () => {
    expect(buildAllocateRequest(EMPTY_ALLOCATION, null)).toEqual({
      ok: false,
      issues: [{ path: 'workerId', message: 'Choose a link worker' }],
    });
    const checked = buildAllocateRequest({ workerId: WORKER, reason: ' ' }, WORKER);
    expect(checked).toEqual({ ok: true, data: { workerId: WORKER, expectedWorkerId: WORKER } });
  });

  it('ending a referral names its own fields, apart from the allocate form on the same page', () => {
    expect(buildTransitionRequest(EMPTY_TRANSITION)).toEqual({
      ok: false,
      issues: [{ path: 'transition.to', message: 'Choose how the referral ends' }],
    });
    expect(buildTransitionRequest({ to: 'declined', reason: '' })).toEqual({
      ok: false,
      issues: [{ path: 'transition.reason', message: 'Say why' }],
    });
    expect(transitionIssues([{ path: '', message: 'Gone' }])).toEqual([{ path: '', message: 'Gone' }]);
  });
});
