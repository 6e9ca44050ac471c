import { allowedTaskMoves } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { buildMoveRequest, missingReason, moveActions, moveIssuesFromError } from './task-moves.ts';

describe('the moves a provider can make', () => {
  it('offers accept or not accepted for a new referral, and only not accepted and cancel ask for a reason', () => {
    const actions = moveActions(allowedTaskMoves('requested', 'provider'), 'requested');
    expect(actions.map((action) => [action.button, action.reasonLabel !== null])).toEqual([
      ['Accept', false],
      ['Not accepted', true],
      ['Cancel this referral', true],
    ]);
  });

  it('asks why for on hold and did not go ahead, but not for complete', () => {
    const actions = moveActions(allowedTaskMoves('in-progress', 'provider'), 'in-progress');
    const needsReason = Object.fromEntries(actions.map((action) => [action.to, action.reasonLabel]));
    expect(needsReason).toEqual({
      'on-hold': 'Why is it on hold?',
      completed: null,
      failed: 'Why did it not go ahead?',
      cancelled: 'Why is it being cancelled?',
    });
  });

  it('calls starting again from on hold "Restart", and starting from accepted "Start"', () => {
    expect(moveActions(['in-progress'], 'on-hold')[0]?.button).toBe('Restart');
    expect(moveActions(['in-progress'], 'accepted')[0]?.button).toBe('Start');
  });

  it('gives the requester only the cancel button', () => {
    expect(moveActions(allowedTaskMoves('accepted', 'requester'), 'accepted').map((action) => action.button)).toEqual([
      'Cancel this referral',
    ]);
  });
});

describe('a move without its reason', () => {
  const [reject] = moveActions(['rejected'], 'requested');
  const [accept] = moveActions(['accepted'], 'requested');

  it('is stopped with an error on the reason box when the reason is blank', () => {
    if (!reject) throw new Error('no action');
    expect(missingReason(reject, '   ')).toEqual([{ path: 'reason', message: 'Enter a reason' }]);
    expect(missingReason(reject, 'No places until spring')).toEqual([]);
  });

  it('is fine for moves that need no reason', () => {
    if (!accept) throw new Error('no action');
    expect(missingReason(accept, '')).toEqual([]);
  });
});

describe('a refused move', () => {
  it('lists what the referral can still become, in the screen words', () => {
    const error = new ApiError(409, {
      error: 'conflict',
      message: 'A referral that is accepted cannot become completed',
      allowed: ['in-progress', 'failed', 'cancelled', 'nonsense'],
    });
    expect(moveIssuesFromError(error)).toEqual([
      {
        path: '',
        message:
          'A referral that is accepted cannot become completed. It can now only become: Started, Did not go ahead, Cancelled. The page now shows the latest details.',
      },
    ]);
  });

  it('says when nothing can change any more', () => {
    const error = new ApiError(409, { error: 'conflict', message: 'It is completed.', allowed: [] });
    expect(moveIssuesFromError(error)[0]?.message).toBe(
      'It is completed. Its status cannot be changed any more. The page now shows the latest details.',
    );
  });

  it('puts a missing reason from the server beside the reason box', () => {
    const error = new ApiError(400, {
      error: 'validation',
      message: 'Invalid',
      issues: [{ path: 'reason', message: 'Say why' }],
    });
    expect(moveIssuesFromError(error)).toEqual([{ path: 'reason', message: 'Say why' }]);
  });
});

describe('the request for a move', () => {
  const [reject] = moveActions(['rejected'], 'requested');
  const [accept] = moveActions(['accepted'], 'requested');

  it('sends the trimmed reason with a move that must say why', () => {
    expect(buildMoveRequest(reject, ' No places ')).toEqual({ ok: true, data: { status: 'rejected', reason: 'No places' } });
    expect(buildMoveRequest(reject, '')).toEqual({ ok: false, issues: [{ path: 'reason', message: 'Enter a reason' }] });
  });

  it('sends no reason with a move that needs none', () => {
    expect(buildMoveRequest(accept, 'typed earlier')).toEqual({ ok: true, data: { status: 'accepted' } });
  });

  it('accepts with a trimmed note, and sends no note when the box is blank', () => {
    expect(buildMoveRequest(accept, '', '  We will ring her on Monday ')).toEqual({
      ok: true,
      data: { status: 'accepted', note: 'We will ring her on Monday' },
    });
    expect(buildMoveRequest(accept, '', '   ')).toEqual({ ok: true, data: { status: 'accepted' } });
    expect(buildMoveRequest(reject, 'Full', 'Try again in May')).toEqual({
      ok: true,
      data: { status: 'rejected', reason: 'Full', note: 'Try again in May' },
    });
  });

  it('names the note when it is too long, beside a missing reason', () => {
    expect(buildMoveRequest(reject, '', 'x'.repeat(2001))).toEqual({
      ok: false,
      issues: [
        { path: 'reason', message: 'Enter a reason' },
        { path: 'note', message: 'The note must be 2000 characters or fewer' },
      ],
    });
  });
});
