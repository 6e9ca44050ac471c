import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestUser } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { reminders } from '../../db/schema/index.ts';

describe('reminders', () => {
  let app: KithApp;
  let alice: TestUser;
  let aliceSession: SignedIn;
  let bobSession: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    const tenant = await createTestTenant(db());
    alice = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]);
    aliceSession = await signIn(app, alice);
    bobSession = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]));
  });
  afterAll(() => app.close());

  const remind = async (userId: string, message: string, createdAt = new Date()) => {
    const [row] = await db()
      .insert(reminders)
      .values({
        userId,
        kind: 'onward_referral_unacknowledged',
        subjectId: crypto.randomUUID(),
        message,
        link: '/onward-referrals/x',
        createdAt,
      })
      .returning();
    if (!row) throw new Error('no reminder');
    return row.id;
  };
  const mine = (session: SignedIn) => app.inject({ url: '/api/reminders', headers: { cookie: session.cookie } });
  const dismiss = (id: string, session: SignedIn) =>
    app.inject({ method: 'POST', url: `/api/reminders/${id}/dismiss`, headers: session.writeHeaders });

  it("lists only the caller's undismissed reminders, newest first", async () => {
    const older = await remind(alice.id, 'older', new Date(Date.now() - 60_000));
    const newer = await remind(alice.id, 'newer');
    const response = await mine(aliceSession);
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((r: { id: string }) => r.id)).toEqual([newer, older]);
    expect(response.json().items[0]).toEqual({
      id: newer,
      kind: 'onward_referral_unacknowledged',
      message: 'newer',
      link: '/onward-referrals/x',
      createdAt: expect.any(String),
    });
    expect((await mine(bobSession)).json().items).toEqual([]);
  });

  it('dismisses one of my reminders; somebody else’s is 404 and stays', async () => {
    const id = await remind(alice.id, 'dismiss me');
    expect((await dismiss(id, bobSession)).statusCode).toBe(404);
    expect((await mine(aliceSession)).json().items.map((r: { id: string }) => r.id)).toContain(id);
    expect((await dismiss(id, aliceSession)).statusCode).toBe(204);
    expect((await mine(aliceSession)).json().items.map((r: { id: string }) => r.id)).not.toContain(id);
    const [row] = await db().select().from(reminders).where(eq(reminders.id, id));
    expect(row?.dismissedAt).toBeInstanceOf(Date);
    expect((await dismiss(crypto.randomUUID(), aliceSession)).statusCode).toBe(404);
  });

  it('needs a signed-in user', async () => {
    expect((await app.inject({ url: '/api/reminders' })).statusCode).toBe(401);
  });
});
