import type { CommunityMe } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { emptyPostValues, parseTags, toCreatePostRequest, toUpdatePostRequest, writableKinds } from './post-form-values.ts';

const member: CommunityMe = {
  signedIn: true,
  userId: '00000000-0000-4000-8000-000000000001',
  displayName: 'Sam',
  isMember: true,
  isVerified: true,
  isEditor: false,
  isModerator: false,
  isStaff: false,
};

describe('the post form', () => {
  it('lets editors write any kind of post, members discussions, visitors nothing', () => {
    expect(writableKinds({ ...member, isEditor: true })).toEqual(['blog', 'guest_blog', 'discussion']);
    expect(writableKinds(member)).toEqual(['discussion']);
    expect(writableKinds({ ...member, signedIn: false, isMember: false })).toEqual([]);
    expect(writableKinds(undefined)).toEqual([]);
  });

  it('reads tags typed with commas or on lines, lower-case and once each', () => {
    expect(parseTags(' Safeguarding, supervision ,\nSAFEGUARDING,, ')).toEqual(['safeguarding', 'supervision']);
    expect(parseTags('')).toEqual([]);
  });

  it('sends a guest author only for a guest blog post', () => {
    const values = { ...emptyPostValues('blog'), title: 'T', bodyMarkdown: 'B', guestAuthor: 'left over' };
    expect(toCreatePostRequest(values).guestAuthor).toBeNull();
    expect(toCreatePostRequest({ ...values, kind: 'guest_blog' }).guestAuthor).toBe('left over');
  });

  it('sends only the fields that changed when editing', () => {
    const initial = { ...emptyPostValues('guest_blog'), title: 'T', tags: 'a, b', bodyMarkdown: 'B', guestAuthor: 'G' };
    expect(toUpdatePostRequest(initial, { ...initial, tags: 'A,b' })).toEqual({});
    expect(toUpdatePostRequest(initial, { ...initial, title: 'New', tags: 'b' })).toEqual({ title: 'New', tags: ['b'] });
    expect(toUpdatePostRequest(initial, { ...initial, guestAuthor: 'H', visibility: 'members' })).toEqual({
      guestAuthor: 'H',
      visibility: 'members',
    });
  });
});
