import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { resetRequestIssues, signInIssues } from './session-form-issues.ts';

describe('problems signing in or asking for a reset link', () => {
  it('a wrong password is a problem with the whole form, in the server words', () => {
    const error = new ApiError(401, { error: 'invalid_credentials', message: 'Email or password is not right' });
    expect(signInIssues(error)).toEqual([{ path: '', message: 'Email or password is not right' }]);
  });

  it('too many reset requests says to wait', () => {
    const error = new ApiError(429, { error: 'rate_limited', message: 'Slow down' });
    expect(resetRequestIssues(error)).toEqual([
      { path: '', message: 'Too many requests from this device. Wait a few minutes, then try again.' },
    ]);
  });
});
