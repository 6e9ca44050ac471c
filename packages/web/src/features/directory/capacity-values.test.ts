import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { buildCapacityRequest, buildCapacityUpdate, capacityIssuesFromError, capacityUpdatedMessage } from './capacity-values.ts';

describe('the one-click capacity update', () => {
  it('sends the chosen capacity with the wait in days, or no wait when left empty', () => {
    expect(buildCapacityUpdate('waiting_list', ' 42 ')).toEqual({
      ok: true,
      data: { capacityStatus: 'waiting_list', typicalWaitDays: 42 },
    });
    expect(buildCapacityUpdate('open', '')).toEqual({ ok: true, data: { capacityStatus: 'open', typicalWaitDays: null } });
  });

  it('explains a wait that is not a number of days, and a capacity not chosen', () => {
    expect(buildCapacityUpdate('open', 'six weeks')).toMatchObject({ ok: false, issues: [{ path: 'typicalWaitDays' }] });
    expect(buildCapacityUpdate('', '')).toMatchObject({ ok: false, issues: [{ path: 'capacityStatus' }] });
    expect(buildCapacityUpdate('open', '9999')).toMatchObject({ ok: false, issues: [{ path: 'typicalWaitDays' }] });
  });

  it('names the service and what changed in the success message', () => {
    expect(capacityUpdatedMessage('Walking group', { capacityStatus: 'waiting_list', typicalWaitDays: 42 })).toBe(
      'Walking group updated: Waiting list, typical wait 6 weeks',
    );
    expect(capacityUpdatedMessage('Walking group', { capacityStatus: 'open', typicalWaitDays: null })).toBe(
      'Walking group updated: Open',
    );
  });

  it("names each card's problems by that service, so its fields and ids are its own", () => {
    expect(buildCapacityRequest('s1', { capacityStatus: 'open', typicalWaitDays: 'six' })).toMatchObject({
      ok: false,
      issues: [{ path: 'service-s1.typicalWaitDays' }],
    });
    const refused = new ApiError(400, {
      error: 'validation',
      message: 'Invalid',
      issues: [{ path: 'capacityStatus', message: 'Choose one' }],
    });
    expect(capacityIssuesFromError('s1', refused)).toEqual([{ path: 'service-s1.capacityStatus', message: 'Choose one' }]);
  });
});
