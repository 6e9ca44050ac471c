import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents } from '../../db/schema/index.ts';

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

describe('supervision', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let supervisor: SignedIn;
  let supervisorId: string;
  let worker: SignedIn;
  let workerId: string;
  let otherWorker: SignedIn;
  let otherWorkerId: string;
  let manager: SignedIn;
  let otherSupervisor: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    const make = async (role: 'supervisor' | 'link_worker' | 'pcn_manager', name: string, organisationId = tenant.pcn) => {
      const user = await createTestUser(db(), [{ organisationId, role }], { displayName: name });
      return { id: user.id, session: await signIn(app, user) };
    };
    ({ id: supervisorId, session: supervisor } = await make('supervisor', 'Sam Supervisor'));
    ({ id: workerId, session: worker } = await make('link_worker', 'Wendy Worker'));
    ({ id: otherWorkerId, session: otherWorker } = await make('link_worker', 'Owen Other'));
    ({ session: manager } = await make('pcn_manager', 'Priya Manager'));
    ({ session: otherSupervisor } = await make('supervisor', 'Sue Second'));
  });
  afterAll(() => app.close());

  const record = (overrides: Record<string, unknown> = {}, session = supervisor) =>
    app.inject({
      method: 'POST',
      url: '/api/supervision/sessions',
      headers: session.writeHeaders,
      payload: {
        pcnId: tenant.pcn,
        type: 'clinical_gp',
        heldOn: daysAgo(3),
        supervisorUserId: supervisorId,
        superviseeUserId: workerId,
        otherAttendees: [],
        privateNotes: 'Talked through a hard case; feeling stretched.',
        ...overrides,
      },
    });
  const get = (url: string, session: SignedIn) => app.inject({ url, headers: { cookie: session.cookie } });

  it('supervision notes are not readable by a third user (403), and reads are audited', async () => {
    const created = await record();
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;

    for (const party of [supervisor, worker]) {
      const notes = await get(`/api/supervision/sessions/${id}/notes`, party);
      expect(notes.statusCode).toBe(200);
      expect(notes.json().privateNotes).toBe('Talked through a hard case; feeling stretched.');
      const detail = await get(`/api/supervision/sessions/${id}`, party);
      expect(detail.json().privateNotes).toBe('Talked through a hard case; feeling stretched.');
    }
    for (const third of [manager, otherWorker, otherSupervisor]) {
      const notes = await get(`/api/supervision/sessions/${id}/notes`, third);
      expect(notes.statusCode).toBe(403);
      const write = await app.inject({
        method: 'PUT',
        url: `/api/supervision/sessions/${id}/notes`,
        headers: third.writeHeaders,
        payload: { privateNotes: 'overwritten' },
      });
      expect(write.statusCode).toBe(403);
    }
    // The manager oversees supervision: sees the session, never the notes.
    const managerView = await get(`/api/supervision/sessions/${id}`, manager);
    expect(managerView.statusCode).toBe(200);
    expect(managerView.json()).toMatchObject({ canReadNotes: false, privateNotes: null });
    expect(managerView.body).not.toContain('hard case');
    // Lists never carry notes, whoever reads them.
    const list = await get(`/api/supervision/sessions?pcnId=${tenant.pcn}`, manager);
    expect(list.json().items.map((s: { id: string }) => s.id)).toContain(id);
    expect(list.body).not.toContain('hard case');

    const reads = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'supervision_notes'), eq(auditEvents.recordId, id), eq(auditEvents.action, 'read')));
    expect(new Set(reads.map((r) => r.actorUserId))).toEqual(new Set([supervisorId, workerId]));
    expect(reads).toHaveLength(4);
    const denials = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'denied'), eq(auditEvents.recordId, 'GET /api/supervision/sessions/:id/notes')));
    expect(denials.length).toBeGreaterThanOrEqual(3);
  });

  it('the two parties can edit the notes, and the edit is audited', async () => {
    const id = (await record()).json().id as string;
    const write = await app.inject({
      method: 'PUT',
      url: `/api/supervision/sessions/${id}/notes`,
      headers: worker.writeHeaders,
      payload: { privateNotes: 'Agreed to book a peer session.' },
    });
    expect(write.statusCode).toBe(200);
    expect((await get(`/api/supervision/sessions/${id}/notes`, supervisor)).json().privateNotes).toBe(
      'Agreed to book a peer session.',
    );
    const updates = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, id), eq(auditEvents.action, 'update')));
    expect(updates).toHaveLength(1);
  });

  it('a session outside my scope is 404, and so are its notes', async () => {
    const id = (await record()).json().id as string;
    const elsewhere = await createTestTenant(db());
    const stranger = await signIn(app, await createTestUser(db(), [{ organisationId: elsewhere.pcn, role: 'pcn_manager' }]));
    expect((await get(`/api/supervision/sessions/${id}`, stranger)).statusCode).toBe(404);
    expect((await get(`/api/supervision/sessions/${id}/notes`, stranger)).statusCode).toBe(404);
    expect((await get(`/api/supervision/overview?pcnId=${tenant.pcn}`, stranger)).statusCode).toBe(404);
    const strangerWorker = await signIn(
      app,
      await createTestUser(db(), [{ organisationId: elsewhere.pcn, role: 'link_worker' }]),
    );
    expect((await get(`/api/supervision/sessions/${id}/notes`, strangerWorker)).statusCode).toBe(404);
  });

  it('recording names the field when a party does not work in the PCN or the caller is not a party', async () => {
    const elsewhere = await createTestTenant(db());
    const outsider = await createTestUser(db(), [{ organisationId: elsewhere.pcn, role: 'link_worker' }]);
    const notMember = await record({ superviseeUserId: outsider.id });
    expect(notMember.statusCode).toBe(400);
    expect(notMember.json().issues[0].path).toBe('superviseeUserId');
    const notParty = await record({ supervisorUserId: supervisorId, superviseeUserId: otherWorkerId }, worker);
    expect(notParty.statusCode).toBe(400);
    expect(notParty.json().issues[0].path).toBe('supervisorUserId');
    const outOfScope = await record({ pcnId: elsewhere.pcn });
    expect(outOfScope.statusCode).toBe(404);
  });

  it('the overview flags overdue after 6 weeks, due after 4, never-supervised as overdue, and computes the ratio', async () => {
    const team = await createTestTenant(db());
    const boss = await createTestUser(db(), [{ organisationId: team.pcn, role: 'supervisor' }], { displayName: 'Boss' });
    const bossSession = await signIn(app, boss);
    const names = ['A recent', 'B due', 'C overdue', 'D never', 'E peer only', 'F six'];
    const ids: string[] = [];
    for (const name of names) {
      ids.push((await createTestUser(db(), [{ organisationId: team.pcn, role: 'link_worker' }], { displayName: name })).id);
    }
    const held = [10, 30, 43, null, 50, 42];
    for (const [i, days] of held.entries()) {
      if (days === null) continue;
      const response = await record(
        {
          pcnId: team.pcn,
          supervisorUserId: boss.id,
          superviseeUserId: ids[i],
          heldOn: daysAgo(days),
          type: i === 4 ? 'peer' : 'clinical_gp',
        },
        bossSession,
      );
      expect(response.statusCode, response.body).toBe(201);
    }
    const manager = await signIn(app, await createTestUser(db(), [{ organisationId: team.pcn, role: 'pcn_manager' }]));
    const overview = await get(`/api/supervision/overview?pcnId=${team.pcn}`, manager);
    expect(overview.statusCode).toBe(200);
    const body = overview.json();
    expect(body).toMatchObject({ supervisorCount: 1, linkWorkerCount: 6, ratio: '1 : 6' });
    const statusOf = (name: string) => body.workers.find((w: { name: string }) => w.name === name);
    expect(statusOf('A recent')).toMatchObject({ status: 'ok', daysSince: 10 });
    expect(statusOf('B due')).toMatchObject({ status: 'due', daysSince: 30 });
    expect(statusOf('C overdue')).toMatchObject({ status: 'overdue', daysSince: 43 });
    expect(statusOf('D never')).toMatchObject({ status: 'overdue', daysSince: null, lastSessionOn: null });
    expect(statusOf('E peer only').lastByType).toMatchObject({ peer: daysAgo(50), clinical_gp: null });
    expect(statusOf('F six')).toMatchObject({ status: 'overdue', daysSince: 42 });
    // A link worker does not oversee supervision.
    const aWorker = await signIn(app, await createTestUser(db(), [{ organisationId: team.pcn, role: 'link_worker' }]));
    expect((await get(`/api/supervision/overview?pcnId=${team.pcn}`, aWorker)).statusCode).toBe(403);
  });

  it('a link worker lists only their own sessions', async () => {
    await record();
    await record({ superviseeUserId: otherWorkerId });
    const list = await get('/api/supervision/sessions', otherWorker);
    const items = list.json().items as { superviseeUserId: string; supervisorUserId: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((s) => s.superviseeUserId === otherWorkerId || s.supervisorUserId === otherWorkerId)).toBe(true);
  });
});
