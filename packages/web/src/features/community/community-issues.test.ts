import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { communityIssues, issuesOnFields } from './community-issues.ts';

describe('community form issues', () => {
  it('shows the server’s own reason when the community refuses something', () => {
    const error = new ApiError(403, { error: 'forbidden', message: 'Only community editors can write blog posts' });
    expect(communityIssues(error)).toEqual([{ path: '', message: 'Only community editors can write blog posts' }]);
  });

  it('passes on the rate limit message with its wait', () => {
    const error = new ApiError(429, {
      error: 'rate_limited',
      message: 'You are commenting too quickly. Wait 40 seconds and try again.',
    });
    expect(communityIssues(error)[0]?.message).toBe('You are commenting too quickly. Wait 40 seconds and try again.');
  });

  it('says "registered member" to a visitor, and "session ended" after a plain 401', () => {
    const visitor = new ApiError(401, { error: 'unauthenticated', message: 'You need to be a registered member to comment' });
    expect(communityIssues(visitor)[0]?.message).toBe('You need to be a registered member to comment');
    const expired = new ApiError(401, { error: 'unauthenticated', message: 'Sign in to continue' });
    expect(communityIssues(expired)[0]?.message).toBe('Your session has ended. Sign in again to continue.');
  });

  it('keeps validation issues against their fields', () => {
    const error = new ApiError(400, {
      error: 'validation',
      message: 'Check the highlighted fields',
      issues: [{ path: 'title', message: 'Enter a title' }],
    });
    expect(communityIssues(error)).toEqual([{ path: 'title', message: 'Enter a title' }]);
  });

  it('moves an issue about one tag onto the tags field', () => {
    expect(
      issuesOnFields(
        [
          { path: 'tags.3', message: 'Each tag must be 40 characters or fewer' },
          { path: 'title', message: 'Enter a title' },
        ],
        ['title', 'tags'],
      ),
    ).toEqual([
      { path: 'tags', message: 'Each tag must be 40 characters or fewer' },
      { path: 'title', message: 'Enter a title' },
    ]);
  });
});
