import { COMMUNITY_COMMENTS_PER_MINUTE } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../errors.ts';
import { assertFewLinks, assertMayComment, countLinks } from './comment-spam-guard.ts';

const now = new Date('2026-06-03T10:00:00Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);

function errorOf(run: () => void): AppError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  return undefined;
}

describe('comment spam guards', () => {
  it('counts http(s) and www links', () => {
    expect(countLinks('see https://a.example, HTTP://b.example and www.c.example')).toBe(3);
    expect(countLinks('no links, just email me at someone@example.org')).toBe(0);
    expect(errorOf(() => assertFewLinks('https://a.example https://b.example'))).toBeUndefined();
    expect(errorOf(() => assertFewLinks('https://a https://b https://c'))?.extra.issues?.[0]?.path).toBe('body');
  });

  it(`allows ${COMMUNITY_COMMENTS_PER_MINUTE} comments a minute, then 429 with how long until one leaves the window`, () => {
    const recent = Array.from({ length: COMMUNITY_COMMENTS_PER_MINUTE }, (_, i) => ({
      body: `comment ${i}`,
      createdAt: secondsAgo(50 - i),
    }));
    const limited = errorOf(() => assertMayComment('another', recent, now));
    expect(limited?.code).toBe('rate_limited');
    expect(limited?.extra.retryAfterSeconds).toBe(10);
    expect(errorOf(() => assertMayComment('another', recent.slice(1), now))).toBeUndefined();
    const older = recent.map((c) => ({ ...c, createdAt: secondsAgo(61) }));
    expect(errorOf(() => assertMayComment('another', older, now))).toBeUndefined();
  });

  it('refuses the same text (ignoring case and spacing) within the window, naming body', () => {
    const recent = [{ body: 'Great idea, thanks', createdAt: secondsAgo(120) }];
    expect(errorOf(() => assertMayComment('  great IDEA,   thanks ', recent, now))?.extra.issues?.[0]?.path).toBe('body');
    expect(errorOf(() => assertMayComment('Great idea, thanks!', recent, now))).toBeUndefined();
    const longAgo = [{ body: 'Great idea, thanks', createdAt: secondsAgo(11 * 60) }];
    expect(errorOf(() => assertMayComment('Great idea, thanks', longAgo, now))).toBeUndefined();
  });
});
