import { COMMENT_NEEDS_MEMBER_MESSAGE, COMMUNITY_COMMENTS_PER_MINUTE } from '@kith/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, communityComments } from '../../../db/schema/index.ts';
import { type CommunityTestData, communityTestData, type SignedInUser } from '../community-test-data.ts';

describe('community: me, and comments with moderation', () => {
  let kit: CommunityTestData;
  const app = () => kit.app;
  const db = () => kit.app.kith.database.db;

  beforeAll(async () => {
    kit = await communityTestData();
  });
  afterAll(() => kit.app.close());

  const comment = (member: SignedInUser | null, postId: string, payload: Record<string, unknown>) =>
    app().inject({
      method: 'POST',
      url: `/api/community/posts/${postId}/comments`,
      ...(member ? { headers: member.writeHeaders } : {}),
      payload,
    });
  const listComments = async (postId: string, reader: SignedInUser | null) => {
    const response = await app().inject({
      method: 'GET',
      url: `/api/community/posts/${postId}/comments`,
      ...(reader ? { headers: { cookie: reader.cookie } } : {}),
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  it('GET /api/community/me tells a visitor from a member, an editor and a moderator', async () => {
    const visitor = await app().inject({ method: 'GET', url: '/api/community/me' });
    expect(visitor.json()).toEqual({
      signedIn: false,
      userId: null,
      displayName: null,
      isMember: false,
      isVerified: false,
      isEditor: false,
      isModerator: false,
      isStaff: false,
    });
    const member = await kit.newMember('Maya Member');
    const asMember = await app().inject({ method: 'GET', url: '/api/community/me', headers: { cookie: member.cookie } });
    expect(asMember.json()).toMatchObject({
      signedIn: true,
      userId: member.userId,
      displayName: 'Maya Member',
      isMember: true,
      isVerified: true,
      isEditor: false,
      isModerator: false,
      isStaff: false,
    });
    const asEditor = await app().inject({ method: 'GET', url: '/api/community/me', headers: { cookie: kit.editor.cookie } });
    expect(asEditor.json()).toMatchObject({ isMember: true, isEditor: true, isModerator: false, isStaff: true });
    const asModerator = await app().inject({
      method: 'GET',
      url: '/api/community/me',
      headers: { cookie: kit.moderator.cookie },
    });
    expect(asModerator.json()).toMatchObject({ isEditor: false, isModerator: true });
  });

  it('a visitor cannot comment (401 with the words the page shows) but can read comments', async () => {
    const postId = await kit.publishedPost();
    const response = await comment(null, postId, { body: 'Hello' });
    expect(response.statusCode).toBe(401);
    expect(response.json().message).toBe(COMMENT_NEEDS_MEMBER_MESSAGE);
    expect((await listComments(postId, null)).items).toEqual([]);
  });

  it('comments thread one level: a reply to a reply joins the same top-level comment', async () => {
    const postId = await kit.publishedPost();
    const asha = await kit.newMember('Asha');
    const ben = await kit.newMember('Ben');
    const top = await comment(asha, postId, { body: 'We run welcome calls in week one.' });
    expect(top.statusCode).toBe(201);
    expect(top.json()).toMatchObject({ parentId: null, authorName: 'Asha', isMine: true, hidden: false });
    expect(top.json().editableUntil).not.toBeNull();
    const topId = top.json().id as string;
    const reply = await comment(ben, postId, { body: 'Same here, <b>it helps</b>', parentId: topId });
    expect(reply.json().parentId).toBe(topId);
    const replyToReply = await comment(asha, postId, { body: 'Glad to hear it', parentId: reply.json().id });
    expect(replyToReply.statusCode).toBe(201);
    expect(replyToReply.json().parentId).toBe(topId);

    const list = await listComments(postId, ben);
    expect(list).toMatchObject({ total: 1, commentCount: 3, page: 1 });
    expect(list.items[0].id).toBe(topId);
    expect(list.items[0].isMine).toBe(false);
    expect(list.items[0].editableUntil).toBeNull();
    // Plain text is kept as typed; the web renders it as text.
    expect(list.items[0].replies.map((r: { body: string }) => r.body)).toEqual(['Same here, <b>it helps</b>', 'Glad to hear it']);
  });

  it('replying to a comment on another post is refused naming parentId', async () => {
    const postA = await kit.publishedPost();
    const postB = await kit.publishedPost();
    const member = await kit.newMember();
    const onA = await comment(member, postA, { body: 'On post A' });
    const response = await comment(member, postB, { body: 'Wrong place', parentId: onA.json().id });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe('parentId');
  });

  it('the author edits within 15 minutes; after that 409; nobody else may edit', async () => {
    const postId = await kit.publishedPost();
    const author = await kit.newMember();
    const other = await kit.newMember();
    const id = (await comment(author, postId, { body: 'First thoughts' })).json().id as string;
    const edit = (who: SignedInUser, body: string) =>
      app().inject({ method: 'PATCH', url: `/api/community/comments/${id}`, headers: who.writeHeaders, payload: { body } });
    const edited = await edit(author, 'Second thoughts');
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ body: 'Second thoughts' });
    expect(edited.json().editedAt).not.toBeNull();
    expect((await edit(other, 'Not mine')).statusCode).toBe(403);

    await db()
      .update(communityComments)
      .set({ createdAt: new Date(Date.now() - 16 * 60_000) })
      .where(eq(communityComments.id, id));
    const late = await edit(author, 'Third thoughts');
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toMatch(/only be edited for 15 minutes/);
  });

  it('spam guards: too many links and the same comment twice are refused naming body; a filled honeypot keeps nothing', async () => {
    const postId = await kit.publishedPost();
    const member = await kit.newMember();
    const links = await comment(member, postId, { body: 'See https://a.example and http://b.example and www.c.example' });
    expect(links.statusCode).toBe(400);
    expect(links.json().issues[0].path).toBe('body');

    expect((await comment(member, postId, { body: 'A useful point' })).statusCode).toBe(201);
    const again = await comment(member, postId, { body: '  a USEFUL   point ' });
    expect(again.statusCode).toBe(400);
    expect(again.json().issues[0]).toMatchObject({ path: 'body', message: 'You have already posted this comment' });

    const bot = await comment(member, postId, { body: 'Buy now', website: 'http://spam.example' });
    expect(bot.statusCode).toBe(201);
    const stored = await db().select().from(communityComments).where(eq(communityComments.postId, postId));
    expect(stored.map((c) => c.body)).toEqual(['A useful point']);
  });

  it(`more than ${COMMUNITY_COMMENTS_PER_MINUTE} comments a minute → 429 with Retry-After`, async () => {
    const postId = await kit.publishedPost();
    const member = await kit.newMember();
    for (let i = 1; i <= COMMUNITY_COMMENTS_PER_MINUTE; i++) {
      expect((await comment(member, postId, { body: `Point number ${i}` })).statusCode).toBe(201);
    }
    const limited = await comment(member, postId, { body: 'One more point' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toBe('rate_limited');
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('reports: once per member (409 the second time), never your own; moderators see pending reports', async () => {
    const postId = await kit.publishedPost();
    const author = await kit.newMember();
    const reporter = await kit.newMember();
    const id = (await comment(author, postId, { body: 'Something rude' })).json().id as string;
    const report = (who: SignedInUser) =>
      app().inject({
        method: 'POST',
        url: `/api/community/comments/${id}/report`,
        headers: who.writeHeaders,
        payload: { reason: 'Unkind' },
      });
    expect((await report(reporter)).statusCode).toBe(201);
    const twice = await report(reporter);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toBe('You have already reported this comment');
    expect((await report(author)).statusCode).toBe(403);
    expect((await listComments(postId, reporter)).items[0].reportedByMe).toBe(true);

    const notModerator = await app().inject({
      method: 'GET',
      url: '/api/community/moderation/comments',
      headers: { cookie: reporter.cookie },
    });
    expect(notModerator.statusCode).toBe(403);
    const pending = await app().inject({
      method: 'GET',
      url: '/api/community/moderation/comments?pageSize=200',
      headers: { cookie: kit.moderator.cookie },
    });
    const item = pending.json().items.find((c: { id: string }) => c.id === id);
    expect(item).toMatchObject({ body: 'Something rude', pendingReportCount: 1, reports: [{ reason: 'Unkind' }] });
  });

  it('a hidden comment’s text reaches only its author and moderators; hide and restore are audited', async () => {
    const postId = await kit.publishedPost();
    const author = await kit.newMember();
    const reader = await kit.newMember();
    const id = (await comment(author, postId, { body: 'Off-topic advert' })).json().id as string;
    const hide = (who: SignedInUser) =>
      app().inject({
        method: 'POST',
        url: `/api/community/comments/${id}/hide`,
        headers: who.writeHeaders,
        payload: { reason: 'Advertising' },
      });
    expect((await hide(reader)).statusCode).toBe(403);
    const hidden = await hide(kit.moderator);
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json()).toMatchObject({ hidden: true, body: 'Off-topic advert', hiddenReason: 'Advertising' });

    for (const viewer of [reader, null]) {
      const seen = (await listComments(postId, viewer)).items[0];
      expect(seen).toMatchObject({ id, hidden: true, body: null });
      expect(JSON.stringify(seen)).not.toContain('Off-topic advert');
    }
    expect((await listComments(postId, author)).items[0]).toMatchObject({
      hidden: true,
      body: 'Off-topic advert',
      editableUntil: null,
    });
    expect((await listComments(postId, kit.moderator)).items[0].body).toBe('Off-topic advert');
    const edit = await app().inject({
      method: 'PATCH',
      url: `/api/community/comments/${id}`,
      headers: author.writeHeaders,
      payload: { body: 'Sneaky edit' },
    });
    expect(edit.statusCode).toBe(409);
    const hiddenList = await app().inject({
      method: 'GET',
      url: '/api/community/moderation/comments?status=hidden&pageSize=200',
      headers: { cookie: kit.moderator.cookie },
    });
    expect(hiddenList.json().items.map((c: { id: string }) => c.id)).toContain(id);

    const restored = await app().inject({
      method: 'POST',
      url: `/api/community/comments/${id}/restore`,
      headers: kit.moderator.writeHeaders,
    });
    expect(restored.statusCode).toBe(200);
    expect((await listComments(postId, reader)).items[0]).toMatchObject({ hidden: false, body: 'Off-topic advert' });

    const audits = await db()
      .select({ detail: auditEvents.detail, actor: auditEvents.actorUserId })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.recordType, 'community_comment'),
          eq(auditEvents.recordId, id),
          eq(auditEvents.action, 'state_change'),
        ),
      );
    expect(audits.map((a) => (a.detail as { to: string }).to).sort()).toEqual(['hidden', 'visible']);
    expect(audits.every((a) => a.actor === kit.moderator.userId)).toBe(true);
  });

  it('hiding clears a comment from the pending list; a new report brings it back', async () => {
    const postId = await kit.publishedPost();
    const author = await kit.newMember();
    const id = (await comment(author, postId, { body: 'Borderline' })).json().id as string;
    const reportBy = async (who: SignedInUser) =>
      app().inject({ method: 'POST', url: `/api/community/comments/${id}/report`, headers: who.writeHeaders, payload: {} });
    const pendingIds = async () =>
      (
        await app().inject({
          method: 'GET',
          url: '/api/community/moderation/comments?pageSize=200',
          headers: { cookie: kit.moderator.cookie },
        })
      )
        .json()
        .items.map((c: { id: string }) => c.id);
    expect((await reportBy(await kit.newMember())).statusCode).toBe(201);
    expect(await pendingIds()).toContain(id);
    await app().inject({ method: 'POST', url: `/api/community/comments/${id}/restore`, headers: kit.moderator.writeHeaders });
    expect(await pendingIds()).not.toContain(id);
    await reportBy(await kit.newMember());
    expect(await pendingIds()).toContain(id);
  });
});
