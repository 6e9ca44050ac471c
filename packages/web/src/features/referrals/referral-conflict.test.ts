import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { referralChangeIssues } from './referral-conflict.ts';

describe('a refused change to a referral', () => {
  it('names the statuses the referral can still move to, once', () => {
    const error = new ApiError(409, {
      error: 'conflict',
      message: 'A referral that is allocated cannot become triaged; it can become: contacted, closed in error',
      allowed: ['contacted', 'closed_in_error', 'nonsense'],
    });
    expect(referralChangeIssues(error)).toEqual([
      {
        path: '',
        message:
          'A referral that is allocated cannot become triaged. From its current status it can only be moved to: Contacted, Closed in error. The page now shows the latest details.',
      },
    ]);
  });

  it('says when nothing more can change', () => {
    const error = new ApiError(409, {
      error: 'conflict',
      message: 'A referral that is discharged cannot become declined; it is closed',
      allowed: [],
    });
    expect(referralChangeIssues(error)[0]?.message).toBe(
      'A referral that is discharged cannot become declined. Its status cannot be changed any more. The page now shows the latest details.',
    );
  });

  it('says a closed referral cannot change any more', () => {
    const error = new ApiError(409, {
      error: 'conflict',
      message: 'Only a triaged or open referral can be allocated',
      allowed: [],
    });
    expect(referralChangeIssues(error)[0]?.message).toBe(
      'Only a triaged or open referral can be allocated. Its status cannot be changed any more. The page now shows the latest details.',
    );
  });

  it('passes other failures to the usual form issues', () => {
    const error = new ApiError(400, { error: 'validation', message: 'Bad', issues: [{ path: 'reason', message: 'Say why' }] });
    expect(referralChangeIssues(error)).toEqual([{ path: 'reason', message: 'Say why' }]);
  });
});
