import { describe, expect, it } from 'vitest';
import { CreateCommunityPostRequest, guestAuthorProblem } from './community.ts';

describe('the guest-author rule', () => {
  it('a guest blog post names who wrote it; no other kind names a guest author', () => {
    expect(guestAuthorProblem('guest_blog', 'Sam Guest')).toBeNull();
    expect(guestAuthorProblem('guest_blog', '  ')).toBe('Enter who wrote the guest post');
    expect(guestAuthorProblem('guest_blog', null)).toBe('Enter who wrote the guest post');
    expect(guestAuthorProblem('blog', 'Sam Guest')).toBe('Only guest blog posts have a guest author');
    expect(guestAuthorProblem('discussion', undefined)).toBeNull();
  });

  it('CreateCommunityPostRequest puts the problem on guestAuthor, beside the other fields’ problems', () => {
    const result = CreateCommunityPostRequest.safeParse({ kind: 'guest_blog', title: '', bodyMarkdown: 'x' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title', 'guestAuthor']));
    expect(result.error?.issues.find((issue) => issue.path[0] === 'guestAuthor')?.message).toBe('Enter who wrote the guest post');
  });
});
