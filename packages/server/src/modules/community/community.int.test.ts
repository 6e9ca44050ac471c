import { RATE_NEEDS_MEMBER_MESSAGE } from '@kith/shared';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, type SignedIn, signIn } from '../../../test/tenant-test-data.ts';
import type { KithApp } from '../../app.ts';
import { memberships, outboxEmails, users } from '../../db/schema/index.ts';
import { type CommunityTestData, communityTestData } from './community-test-data.ts';

describe('community of practice: members, posts, ratings, favourites', () => {
  let kit: CommunityTestData;
  let app: KithApp;
  let staff: SignedIn;
  const db = () => app.kith.database.db;
  let ipCounter = 0;
  const freshIp = () => `203.0.113.${++ipCounter}`;
  const PASSWORD = 'a long community password';

  beforeAll(async () => {
    kit = await communityTestData();
    app = kit.app;
    staff = await signIn(app, await createTestUser(db(), [{ organisationId: kit.tenant.pcn, role: 'referrer' }]));
  });
  afterAll(() => app.close());

  const uniqueEmail = () => `member-${crypto.randomUUID().slice(0, 8)}@example.org`;
  const register = (payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/api/community/register', remoteAddress: freshIp(), payload });
  const latestEmailTo = async (to: string) => {
    const [email] = await db()
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.to, to))
      .orderBy(desc(outboxEmails.createdAt))
      .limit(1);
    return email;
  };
  const tokenFrom = (body: string) => /\/community\/verify\?token=([A-Za-z0-9_-]+)/.exec(body)?.[1] ?? '';

  /** A registered and verified member, signed in. */
  async function newMember(): Promise<SignedIn & { userId: string }> {
    const email = uniqueEmail();
    expect((await register({ email, displayName: 'Community Member', password: PASSWORD })).statusCode).toBe(202);
    const token = tokenFrom((await latestEmailTo(email))?.textBody ?? '');
    expect((await app.inject({ method: 'POST', url: '/api/community/verify', payload: { token } })).statusCode).toBe(200);
    const [user] = await db().select({ id: users.id }).from(users).where(eq(users.email, email));
    return { ...(await signIn(app, { email, password: PASSWORD })), userId: user?.id ?? '' };
  }

  const publishedPost = (overrides: Record<string, unknown> = {}) =>
    kit.publishedPost({
      title: 'Building links with community groups',
      tags: ['practice'],
      summary: 'What worked for us',
      bodyMarkdown: 'Hello **world**',
      ...overrides,
    });

  const rate = (member: SignedIn, id: string, stars: number) =>
    app.inject({ method: 'PUT', url: `/api/community/posts/${id}/rating`, headers: member.writeHeaders, payload: { stars } });

  it('register → the verification email is in the outbox → verify → sign in works (and is refused before)', async () => {
    const email = uniqueEmail();
    const registered = await register({ email: email.toUpperCase(), displayName: 'Asha Member', password: PASSWORD });
    expect(registered.statusCode).toBe(202);
    expect(registered.body).not.toContain(email);

    const sent = await latestEmailTo(email);
    expect(sent?.subject).toContain('Confirm your email');
    expect(sent?.textBody).toContain('https://kith.example.org/community/verify?token=');
    expect(sent?.sentAt).toBeNull();
    const token = tokenFrom(sent?.textBody ?? '');
    expect(token.length).toBeGreaterThan(30);

    const [user] = await db().select().from(users).where(eq(users.email, email));
    expect(user).toBeDefined();
    expect(
      await db()
        .select()
        .from(memberships)
        .where(eq(memberships.userId, user?.id ?? '')),
    ).toEqual([]);

    const early = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password: PASSWORD } });
    expect(early.statusCode).toBe(403);
    expect(early.json().message).toMatch(/Confirm your email address first/);

    const verified = await app.inject({ method: 'POST', url: '/api/community/verify', payload: { token } });
    expect(verified.statusCode).toBe(200);

    const member = await signIn(app, { email, password: PASSWORD });
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: member.cookie } });
    expect(me.json().memberships).toEqual([]);
    // No access to anyone's records.
    const people = await app.inject({ method: 'GET', url: '/api/people', headers: { cookie: member.cookie } });
    expect(people.statusCode).toBe(403);

    const reused = await app.inject({ method: 'POST', url: '/api/community/verify', payload: { token } });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().issues[0].path).toBe('token');
  });

  it('a wrong password for an unverified member is the usual "not right", not a hint that the account exists', async () => {
    const email = uniqueEmail();
    await register({ email, displayName: 'Unverified', password: PASSWORD });
    const response = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email, password: 'wrong password here' },
    });
    expect(response.statusCode).toBe(401);
  });

  it('registering with an email that has an account answers the same and emails the owner instead', async () => {
    const email = uniqueEmail();
    await register({ email, displayName: 'First', password: PASSWORD });
    const first = await latestEmailTo(email);
    const again = await register({ email, displayName: 'Second', password: PASSWORD });
    expect(again.statusCode).toBe(202);
    const second = await latestEmailTo(email);
    expect(second?.id).not.toBe(first?.id);
    expect(tokenFrom(second?.textBody ?? '')).not.toBe(tokenFrom(first?.textBody ?? ''));
  });

  it('a filled honeypot is answered as accepted and nothing is kept', async () => {
    const email = uniqueEmail();
    const response = await register({ email, displayName: 'Bot', password: PASSWORD, website: 'http://spam.example' });
    expect(response.statusCode).toBe(202);
    expect(await db().select().from(users).where(eq(users.email, email))).toEqual([]);
    expect(await latestEmailTo(email)).toBeUndefined();
  });

  it('only admins set community roles', async () => {
    const member = await newMember();
    const response = await app.inject({
      method: 'PUT',
      url: `/api/community/members/${member.userId}/roles`,
      headers: member.writeHeaders,
      payload: { isEditor: true, isModerator: true },
    });
    expect(response.statusCode).toBe(403);
  });

  it('a member rating twice changes their rating and never adds a second', async () => {
    const id = await publishedPost();
    const member = await newMember();
    const first = await rate(member, id, 2);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      rating: { count: 1, average: 2 },
      myRating: 2,
      ratingText: '1 vote, average: 2.00 out of 5',
    });
    const second = await rate(member, id, 5);
    expect(second.json()).toMatchObject({ rating: { count: 1, average: 5 }, myRating: 5 });
  });

  it('a visitor cannot rate (401 "You need to be a registered member to rate this post")', async () => {
    const id = await publishedPost();
    const response = await app.inject({ method: 'PUT', url: `/api/community/posts/${id}/rating`, payload: { stars: 4 } });
    expect(response.statusCode).toBe(401);
    expect(response.json().message).toBe(RATE_NEEDS_MEMBER_MESSAGE);
  });

  it('ratingText reads "0 votes", then "3 votes, average: 4.33 out of 5"', async () => {
    const id = await publishedPost();
    const visitorView = await app.inject({ method: 'GET', url: `/api/community/posts/${id}` });
    expect(visitorView.json()).toMatchObject({ ratingText: '0 votes', rating: { count: 0, average: null }, myRating: null });
    await rate(kit.editor, id, 4);
    await rate(staff, id, 4);
    const last = await rate(await newMember(), id, 5);
    expect(last.json()).toMatchObject({ rating: { count: 3, average: 4.33 }, ratingText: '3 votes, average: 4.33 out of 5' });
    const listed = await app.inject({ method: 'GET', url: '/api/community/posts?pageSize=200' });
    expect(listed.json().items.find((p: { id: string }) => p.id === id)?.ratingText).toBe('3 votes, average: 4.33 out of 5');
  });

  it('Markdown with <script> or javascript: links renders inert', async () => {
    const id = await publishedPost({
      bodyMarkdown: [
        '<script>alert("x")</script>',
        '[click me](javascript:alert(1))',
        '[sneaky](JaVaScRiPt&#58;alert(1))',
        '![image](javascript:alert(1))',
        '![pixel](data:image/png;base64,iVBORw0KGgo=)',
        'Safe [link](https://www.england.nhs.uk/personalisedcare/social-prescribing/).',
      ].join('\n\n'),
    });
    const html = (await app.inject({ method: 'GET', url: `/api/community/posts/${id}` })).json().bodyHtml as string;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/onerror=/i);
    expect(html).not.toMatch(/data:/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('href="https://www.england.nhs.uk/personalisedcare/social-prescribing/"');
  });

  it('favourites: add, list, add again (no duplicate), remove', async () => {
    const id = await publishedPost({ title: 'A favourite' });
    const member = await newMember();
    const fav = (method: 'PUT' | 'DELETE') =>
      app.inject({ method, url: `/api/community/posts/${id}/favourite`, headers: member.writeHeaders });
    const list = async () =>
      (await app.inject({ method: 'GET', url: '/api/community/favourites', headers: { cookie: member.cookie } })).json().items;
    expect((await fav('PUT')).statusCode).toBe(204);
    expect((await fav('PUT')).statusCode).toBe(204);
    expect((await list()).map((p: { id: string }) => p.id)).toEqual([id]);
    const detail = await app.inject({ method: 'GET', url: `/api/community/posts/${id}`, headers: { cookie: member.cookie } });
    expect(detail.json().isFavourite).toBe(true);
    expect((await fav('DELETE')).statusCode).toBe(204);
    expect(await list()).toEqual([]);
    const visitor = await app.inject({ method: 'PUT', url: `/api/community/posts/${id}/favourite` });
    expect(visitor.statusCode).toBe(401);
  });

  it('drafts and members-only posts are not visible publicly; tags filter the list', async () => {
    const tag = `tag-${crypto.randomUUID().slice(0, 6)}`;
    const draft = await app.inject({
      method: 'POST',
      url: '/api/community/posts',
      headers: kit.editor.writeHeaders,
      payload: { kind: 'blog', title: 'Draft', tags: [tag], bodyMarkdown: 'not yet' },
    });
    const draftId = draft.json().id as string;
    expect(draft.json().status).toBe('draft');
    expect((await app.inject({ method: 'GET', url: `/api/community/posts/${draftId}` })).statusCode).toBe(404);
    const member = await newMember();
    const asMember = await app.inject({
      method: 'GET',
      url: `/api/community/posts/${draftId}`,
      headers: { cookie: member.cookie },
    });
    expect(asMember.statusCode).toBe(404);
    const publicList = await app.inject({ method: 'GET', url: `/api/community/posts?tag=${tag}` });
    expect(publicList.json().items).toEqual([]);
    expect((await app.inject({ method: 'GET', url: '/api/community/posts?status=draft' })).statusCode).toBe(403);

    const membersOnly = await publishedPost({ title: 'Members only', tags: [tag], visibility: 'members' });
    const open = await publishedPost({ title: 'Open', tags: [tag] });
    await publishedPost({ title: 'Other tag', tags: ['elsewhere'] });
    const visitorIds = (await app.inject({ method: 'GET', url: `/api/community/posts?tag=${tag}` }))
      .json()
      .items.map((p: { id: string }) => p.id);
    expect(visitorIds).toEqual([open]);
    expect((await app.inject({ method: 'GET', url: `/api/community/posts/${membersOnly}` })).statusCode).toBe(404);
    const memberIds = (
      await app.inject({ method: 'GET', url: `/api/community/posts?tag=${tag}`, headers: { cookie: member.cookie } })
    )
      .json()
      .items.map((p: { id: string }) => p.id);
    expect(memberIds.sort()).toEqual([membersOnly, open].sort());
  });

  it('members start discussions (published at once) but only editors write blog posts', async () => {
    const member = await newMember();
    const blog = await app.inject({
      method: 'POST',
      url: '/api/community/posts',
      headers: member.writeHeaders,
      payload: { kind: 'blog', title: 'Mine', bodyMarkdown: 'text' },
    });
    expect(blog.statusCode).toBe(403);
    const discussion = await app.inject({
      method: 'POST',
      url: '/api/community/posts',
      headers: member.writeHeaders,
      payload: {
        kind: 'discussion',
        title: 'How do you run welcome calls?',
        bodyMarkdown: 'Ideas welcome',
        visibility: 'members',
      },
    });
    expect(discussion.statusCode).toBe(201);
    expect(discussion.json()).toMatchObject({ status: 'published', authorName: 'Community Member' });
    const visitor = await app.inject({
      method: 'POST',
      url: '/api/community/posts',
      payload: { kind: 'discussion', title: 'Anon', bodyMarkdown: 'x' },
    });
    expect(visitor.statusCode).toBe(401);
    const guest = await app.inject({
      method: 'POST',
      url: '/api/community/posts',
      headers: kit.editor.writeHeaders,
      payload: { kind: 'guest_blog', title: 'Guest', bodyMarkdown: 'x' },
    });
    expect(guest.statusCode).toBe(400);
    expect(guest.json().issues[0].path).toBe('guestAuthor');
  });
});
