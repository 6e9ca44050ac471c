import type { ReferralStatus } from '@kith/shared';
import type { Bundle } from '@medplum/fhirtypes';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFhirResource } from '../../../test/fhir-validation.ts';
import { type LocalMeshServer, startLocalMeshServer } from '../../../test/mesh-server/mesh-server.ts';
import { createTestReferral, type TestReferral } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { openFreshDatabase } from '../../../test/test-database.ts';
import type { KithApp } from '../../app.ts';
import type { Database } from '../../db/client.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { auditEvents, gpDocuments, jobs, letters } from '../../db/schema/index.ts';
import { enqueueJob, type JobHandlers, runDueJobs } from '../../jobs/job-queue.ts';
import { ensureGpDocumentPoll } from './gp-document-poll-job.ts';
import { MESH_NOT_CONFIGURED } from './gp-document-prepare-job.ts';
import { GP_DOCUMENT_POLL_JOB, GP_DOCUMENT_PREPARE_JOB, GP_DOCUMENT_SEND_JOB, sendJobKey } from './gp-document-queue.ts';
import { gpRecordJobHandlers } from './gp-record-jobs.ts';
import {
  addTestMailbox,
  createTestPractice,
  practiceCollects,
  registerWithPractice,
  testMeshConfig,
} from './gp-record-test-data.ts';

const MINUTE = 60_000;
const DECLINED_CODE = '871711000000103';
const KITH = { id: 'KITHOT01', password: 'kith-mailbox-secret' };
/** One practice mailbox per test, so each test's assertions on an inbox are its own. */
const PRACTICES = Array.from({ length: 16 }, (_, i) => {
  const id = `PRACOT${String(i + 1).padStart(2, '0')}`;
  return { id, password: `${id.toLowerCase()}-secret` };
});

/**
 * Issue 16: an ending's message back reaches the GP record through MESH, exactly once, and the
 * referral says where it stands. Real database (a fresh one, so no other file's jobs are run
 * here), the real local MESH server, the FHIR validator over the base R4 definitions.
 */
describe('the message back into the GP record, delivered by MESH', () => {
  let fresh: { database: Database; close(): Promise<void> };
  let app: KithApp;
  let mesh: LocalMeshServer;
  let handlers: JobHandlers;
  let tenant: TestTenant;
  let workerId: string;
  let referrerId: string;
  let worker: SignedIn;
  let supervisor: SignedIn;
  let referrer: SignedIn;
  let admin: SignedIn;
  let otherPcnWorker: SignedIn;
  let otherAdmin: SignedIn;
  let nextMailbox = 0;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    fresh = await openFreshDatabase();
    await migrateDatabase(fresh.database);
    mesh = await startLocalMeshServer({ mailboxes: [KITH, ...PRACTICES] });
    app = await buildTestApp({}, fresh.database);
    handlers = gpRecordJobHandlers(testMeshConfig(mesh, KITH));
    tenant = await createTestTenant(db());
    const workerUser = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], {
      displayName: 'Sam Worker',
    });
    workerId = workerUser.id;
    worker = await signIn(app, workerUser);
    supervisor = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }]));
    const referrerUser = await createTestUser(db(), [{ organisationId: tenant.practice, role: 'referrer' }]);
    referrerId = referrerUser.id;
    referrer = await signIn(app, referrerUser);
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
    const other = await createTestTenant(db());
    otherPcnWorker = await signIn(app, await createTestUser(db(), [{ organisationId: other.pcn, role: 'link_worker' }]));
    otherAdmin = await signIn(app, await createTestUser(db(), [{ organisationId: other.icb, role: 'admin' }]));
  });
  afterAll(async () => {
    await app?.close();
    await mesh?.close();
    await fresh?.close();
  });

  /** A person registered with a new practice which has (or has not) a MESH mailbox. */
  async function personAtPractice(options: { mailbox: boolean; status?: ReferralStatus }) {
    const practice = await createTestPractice(db(), tenant.pcn);
    const mailbox = PRACTICES[nextMailbox++];
    if (!mailbox) throw new Error('out of test mailboxes');
    if (options.mailbox) await addTestMailbox(db(), practice.odsCode, mailbox.id);
    const referral = await createTestReferral(db(), {
      organisationId: tenant.pcn,
      assignedWorkerId: workerId,
      referrerUserId: referrerId,
      status: options.status ?? 'active',
    });
    await registerWithPractice(db(), referral.personId, practice.id);
    return { practice, mailbox, referral };
  }

  const discharge = (referral: TestReferral) =>
    app.inject({
      method: 'POST',
      url: `/api/referrals/${referral.id}/discharge`,
      headers: worker.writeHeaders,
      payload: { outcome: 'goals_met', reason: 'Walks with the group every week', summary: 'Meets friends twice a week now.' },
    });
  const end = (referral: TestReferral, to: ReferralStatus, reason: string) =>
    app.inject({
      method: 'POST',
      url: `/api/referrals/${referral.id}/transitions`,
      headers: supervisor.writeHeaders,
      payload: { to, reason },
    });
  const get = (url: string, who: SignedIn = worker) => app.inject({ url, headers: { cookie: who.cookie } });
  const gpDocument = (referral: TestReferral, who: SignedIn = worker) => get(`/api/referrals/${referral.id}/gp-document`, who);
  const bundleOf = async (referral: TestReferral): Promise<Bundle> => {
    const response = await get(`/api/referrals/${referral.id}/gp-document/bundle`);
    expect(response.statusCode).toBe(200);
    return JSON.parse(response.body) as Bundle;
  };
  /** Runs the given kinds' due jobs at `at`, as the worker would then, until none is left. */
  const run = async (kinds: string[], at = new Date(), using: JobHandlers = handlers) => {
    const chosen = Object.fromEntries(kinds.flatMap((k) => (using[k] ? [[k, using[k]]] : []))) as JobHandlers;
    for (;;) if ((await runDueJobs(db(), chosen, at, 50)).claimed === 0) return;
  };
  const prepareAndSend = (at = new Date()) => run([GP_DOCUMENT_PREPARE_JOB, GP_DOCUMENT_SEND_JOB], at);
  const poll = async (at = new Date()) => {
    await ensureGpDocumentPoll(db(), at);
    await run([GP_DOCUMENT_POLL_JOB], at);
  };

  it('a discharge is built, validated, sent once to the practice, and delivered when the practice acknowledges', async () => {
    const { practice, mailbox, referral } = await personAtPractice({ mailbox: true });
    expect((await gpDocument(referral)).statusCode).toBe(404);
    expect((await discharge(referral)).statusCode).toBe(200);
    expect((await gpDocument(referral)).json()).toMatchObject({ state: 'preparing', ending: 'discharged', attempts: 0 });

    await prepareAndSend();
    const sent = (await gpDocument(referral)).json();
    expect(sent).toMatchObject({
      referralId: referral.id,
      state: 'sent',
      practice: { odsCode: practice.odsCode, name: practice.name },
      mailboxId: mailbox.id,
      attempts: 1,
      lastError: null,
      resendable: false,
    });
    expect(sent.sentAt).not.toBeNull();

    const bundle = await bundleOf(referral);
    expect(validateFhirResource(bundle)).toEqual([]);
    expect(bundle.identifier?.value).toBe(`urn:uuid:${sent.id}`);
    const inbox = await mesh.inbox(mailbox.id);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      messageId: sent.meshMessageId,
      localId: sent.id,
      workflowId: 'GPFED_CONSULT_REPORT',
      from: KITH.id,
      acknowledged: false,
    });
    expect(JSON.parse(inbox[0]?.body.toString('utf8') ?? '')).toEqual(bundle);
    // Nothing about the person travels outside the document itself.
    expect(inbox[0]?.fileName).toBe(`${sent.id}.json`);
    expect(inbox[0]?.subject ?? '').not.toContain(referral.familyName);

    // The letter went with it and is kept on the person's record.
    expect(sent.letterId).not.toBeNull();
    const pdf = await get(`/api/letters/${sent.letterId}.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');

    // Not yet acknowledged: still sent.
    await poll();
    expect((await gpDocument(referral)).json().state).toBe('sent');
    const collected = await practiceCollects(mesh, mailbox);
    expect(collected.map((m) => m.localId)).toEqual([sent.id]);
    // Asked about again only in the next poll period, so the backlog is not re-asked in a loop.
    await poll();
    expect((await gpDocument(referral)).json().state).toBe('sent');
    await poll(new Date(Date.now() + 60 * 60_000));
    const delivered = (await gpDocument(referral)).json();
    expect(delivered).toMatchObject({ state: 'delivered', lastError: null });
    expect(delivered.deliveredAt).not.toBeNull();

    // The referrer who made the referral sees it too (the message back's gate); another PCN does not.
    expect((await gpDocument(referral, referrer)).json().state).toBe('delivered');
    expect((await gpDocument(referral, otherPcnWorker)).statusCode).toBe(404);
    expect((await get(`/api/referrals/${referral.id}/gp-document/bundle`, otherPcnWorker)).statusCode).toBe(404);
  });

  it('a declined referral delivers a valid document carrying 871711000000103', async () => {
    const { mailbox, referral } = await personAtPractice({ mailbox: true, status: 'triaged' });
    expect((await end(referral, 'declined', 'Would rather not be contacted')).statusCode).toBe(200);
    await prepareAndSend();
    const document = (await gpDocument(referral)).json();
    expect(document).toMatchObject({ state: 'sent', ending: 'declined' });
    const [message] = await mesh.inbox(mailbox.id);
    const bundle = JSON.parse(message?.body.toString('utf8') ?? '') as Bundle;
    expect(validateFhirResource(bundle)).toEqual([]);
    const codings = JSON.stringify(bundle);
    expect(codings).toContain(DECLINED_CODE);
    expect(codings).toContain('http://snomed.info/sct');

    // Discharged as referred elsewhere: its own valid document.
    const elsewhere = await personAtPractice({ mailbox: true });
    const discharged = await app.inject({
      method: 'POST',
      url: `/api/referrals/${elsewhere.referral.id}/discharge`,
      headers: worker.writeHeaders,
      payload: { outcome: 'referred_elsewhere', reason: 'Needs the memory clinic', summary: 'Referred to the memory clinic.' },
    });
    expect(discharged.statusCode).toBe(200);
    await prepareAndSend();
    expect((await gpDocument(elsewhere.referral)).json()).toMatchObject({ state: 'sent', ending: 'discharged' });
    const [onward] = await mesh.inbox(elsewhere.mailbox.id);
    expect(validateFhirResource(JSON.parse(onward?.body.toString('utf8') ?? '') as Bundle)).toEqual([]);
  });

  it('MESH unreachable: the document stays queued with the reason, is retried after a back-off, and delivered when MESH is back', async () => {
    const { mailbox, referral } = await personAtPractice({ mailbox: true });
    expect((await discharge(referral)).statusCode).toBe(200);
    mesh.setReachable(false);
    try {
      const now = new Date();
      await prepareAndSend(now);
      const waiting = (await gpDocument(referral)).json();
      expect(waiting).toMatchObject({ state: 'queued', attempts: 1, meshMessageId: null });
      expect(waiting.lastError).toMatch(/^MESH (could not be reached|was unavailable)/);
      expect(waiting.lastError).toContain('Attempt 1 of');
      // The next attempt is a new job, due after the back-off, not before.
      await run([GP_DOCUMENT_SEND_JOB], new Date(now.getTime() + 30_000));
      expect((await gpDocument(referral)).json().attempts).toBe(1);
      await run([GP_DOCUMENT_SEND_JOB], new Date(now.getTime() + 2 * MINUTE));
      expect((await gpDocument(referral)).json()).toMatchObject({ state: 'queued', attempts: 2 });
    } finally {
      mesh.setReachable(true);
    }
    await run([GP_DOCUMENT_SEND_JOB], new Date(Date.now() + 10 * MINUTE));
    const sent = (await gpDocument(referral)).json();
    expect(sent).toMatchObject({ state: 'sent', attempts: 3, lastError: null });
    await practiceCollects(mesh, mailbox);
    await poll();
    expect((await gpDocument(referral)).json().state).toBe('delivered');
    expect(await mesh.inbox(mailbox.id)).toHaveLength(1);
  });

  it('a restart after MESH accepted the document but before Kith recorded it sends it exactly once', async () => {
    const { mailbox, referral } = await personAtPractice({ mailbox: true });
    expect((await discharge(referral)).statusCode).toBe(200);
    await run([GP_DOCUMENT_PREPARE_JOB]);
    const { id } = (await gpDocument(referral)).json();
    const [job] = await db()
      .select()
      .from(jobs)
      .where(eq(jobs.dedupeKey, sendJobKey(id, 0, 1)));
    if (!job) throw new Error('no send job queued');
    const send = handlers[GP_DOCUMENT_SEND_JOB];
    if (!send) throw new Error('no send handler');

    // The process dies after MESH answered, before the job's transaction commits.
    class Crash extends Error {}
    await expect(
      db().transaction(async (tx) => {
        await send(tx, job, new Date());
        throw new Crash('killed');
      }),
    ).rejects.toBeInstanceOf(Crash);
    expect(mesh.acceptedWithLocalId(id)).toBe(1);
    expect((await gpDocument(referral)).json()).toMatchObject({ state: 'queued', meshMessageId: null });

    // After the restart the job runs again (its lease ran out): MESH's message is adopted.
    await run([GP_DOCUMENT_SEND_JOB], new Date(Date.now() + 10 * MINUTE));
    const sent = (await gpDocument(referral)).json();
    expect(sent.state).toBe('sent');
    expect(mesh.acceptedWithLocalId(id)).toBe(1);
    const inbox = await mesh.inbox(mailbox.id);
    expect(inbox.map((m) => m.messageId)).toEqual([sent.meshMessageId]);
    const adopted = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'gp_document'), eq(auditEvents.recordId, id)));
    expect(adopted.map((e) => e.detail)).toContainEqual(expect.objectContaining({ state: 'sent', adopted: true }));

    // Running the same job once more does nothing.
    await db().transaction((tx) => send(tx, job, new Date()));
    expect(mesh.acceptedWithLocalId(id)).toBe(1);
  });

  it('no mailbox: the referral says so and the letter can be printed; after the mailbox is added an admin resends it', async () => {
    const { practice, mailbox, referral } = await personAtPractice({ mailbox: false });
    expect((await end(referral, 'withdrawn', 'Moved out of the area')).statusCode).toBe(200);
    await prepareAndSend();
    const waiting = (await gpDocument(referral)).json();
    expect(waiting).toMatchObject({ state: 'no_mailbox', ending: 'withdrawn', resendable: true, mailboxId: null });
    expect(waiting.lastError).toContain(practice.odsCode);
    expect(waiting.lastError).toContain('print the letter');
    expect((await get(`/api/letters/${waiting.letterId}.pdf`)).statusCode).toBe(200);
    expect(validateFhirResource(await bundleOf(referral))).toEqual([]);
    expect(await mesh.inbox(mailbox.id)).toHaveLength(0);

    const resend = (who: SignedIn) =>
      app.inject({ method: 'POST', url: `/api/gp-documents/${waiting.id}/resend`, headers: who.writeHeaders });
    expect((await resend(worker)).statusCode).toBe(403);
    expect((await resend(otherAdmin)).statusCode).toBe(404);

    await addTestMailbox(db(), practice.odsCode, mailbox.id);
    const resent = await resend(admin);
    expect(resent.statusCode).toBe(200);
    expect(resent.json()).toMatchObject({ state: 'preparing', resendable: false, lastError: null });
    await prepareAndSend();
    const sent = (await gpDocument(referral)).json();
    expect(sent).toMatchObject({ state: 'sent', mailboxId: mailbox.id, letterId: waiting.letterId });
    // A resend is a new MESH message with its own local id; the letter is not made twice.
    const inbox = await mesh.inbox(mailbox.id);
    expect(inbox.map((m) => m.localId)).toEqual([`${waiting.id}.1`]);
    const made = await db().select({ id: letters.id }).from(letters).where(eq(letters.referralId, referral.id));
    expect(made).toHaveLength(1);

    // Now in flight: a second resend is refused, naming the states it is allowed from.
    const again = await resend(admin);
    expect(again.statusCode).toBe(409);
    expect(again.json().allowed).toEqual(['no_practice', 'no_mailbox', 'failed']);
  });

  it('no registered practice: no_practice, and closed in error makes no document at all', async () => {
    const { referral } = await personAtPractice({ mailbox: false, status: 'allocated' });
    await registerWithPractice(db(), referral.personId, null);
    expect((await end(referral, 'not_reached', 'Three calls, no answer')).statusCode).toBe(200);
    await prepareAndSend();
    const document = (await gpDocument(referral)).json();
    expect(document).toMatchObject({ state: 'no_practice', practice: null, ending: 'not_reached' });
    expect(document.lastError).toContain('no registered GP practice');
    expect(validateFhirResource(await bundleOf(referral))).toEqual([]);

    const { referral: mistaken } = await personAtPractice({ mailbox: true });
    expect((await end(mistaken, 'closed_in_error', 'Entered twice')).statusCode).toBe(200);
    expect((await gpDocument(mistaken)).statusCode).toBe(404);
    expect(await db().select().from(gpDocuments).where(eq(gpDocuments.referralId, mistaken.id))).toHaveLength(0);
  });

  it('without MESH configured the document waits as queued, saying why, and is sent once MESH is', async () => {
    const { mailbox, referral } = await personAtPractice({ mailbox: true });
    expect((await discharge(referral)).statusCode).toBe(200);
    const withoutMesh = gpRecordJobHandlers(undefined);
    expect(withoutMesh[GP_DOCUMENT_SEND_JOB]).toBeUndefined();
    await run([GP_DOCUMENT_PREPARE_JOB, GP_DOCUMENT_SEND_JOB], new Date(), withoutMesh);
    expect((await gpDocument(referral)).json()).toMatchObject({ state: 'queued', lastError: MESH_NOT_CONFIGURED });

    await run([GP_DOCUMENT_SEND_JOB]);
    expect((await gpDocument(referral)).json()).toMatchObject({ state: 'sent', lastError: null });
    expect(await mesh.inbox(mailbox.id)).toHaveLength(1);
  });

  it('MESH reports the message expired: the document fails with the reason, and admins see and resend it', async () => {
    const { mailbox, referral } = await personAtPractice({ mailbox: true });
    expect((await discharge(referral)).statusCode).toBe(200);
    await prepareAndSend();
    const sent = (await gpDocument(referral)).json();
    mesh.expire(sent.meshMessageId, 'Message not collected by recipient after 5 days');
    await poll();
    const failed = (await gpDocument(referral)).json();
    expect(failed).toMatchObject({ state: 'failed', resendable: true });
    expect(failed.lastError).toContain('not collected by recipient');
    // MESH's report in Kith's own inbox was read and acknowledged, so it is not read again.
    const reports = await mesh.inbox(KITH.id);
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((m) => m.acknowledged)).toBe(true);

    const list = await get('/api/gp-documents?state=failed', admin);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toContainEqual(expect.objectContaining({ id: sent.id, state: 'failed' }));
    expect((await get('/api/gp-documents', admin)).json().total).toBeGreaterThanOrEqual(5);
    expect((await get('/api/gp-documents', otherAdmin)).json()).toMatchObject({ total: 0, items: [] });
    expect((await get('/api/gp-documents', worker)).statusCode).toBe(403);

    const resent = await app.inject({ method: 'POST', url: `/api/gp-documents/${sent.id}/resend`, headers: admin.writeHeaders });
    expect(resent.statusCode).toBe(200);
    await prepareAndSend();
    expect((await gpDocument(referral)).json()).toMatchObject({ state: 'sent', attempts: 1 });
    expect((await mesh.inbox(mailbox.id)).map((m) => m.localId)).toEqual([sent.id, `${sent.id}.1`]);
  });

  it('MESH refuses an unknown mailbox: failed at once with the reason, no retry', async () => {
    const { practice, referral } = await personAtPractice({ mailbox: false });
    await addTestMailbox(db(), practice.odsCode, 'NOSUCHOT99');
    expect((await discharge(referral)).statusCode).toBe(200);
    await prepareAndSend();
    const failed = (await gpDocument(referral)).json();
    expect(failed).toMatchObject({ state: 'failed', attempts: 1, resendable: true });
    expect(failed.lastError).toMatch(/^MESH refused the document/);
  });

  it('a document that cannot be built fails at its last attempt, saying so, for an admin to resend', async () => {
    // A document for a referral that is still open has no message back to build from.
    const { referral } = await personAtPractice({ mailbox: true });
    const [row] = await db()
      .insert(gpDocuments)
      .values({ referralId: referral.id, organisationId: tenant.pcn, ending: 'discharged' })
      .returning({ id: gpDocuments.id });
    if (!row) throw new Error('no document');
    await enqueueJob(db(), {
      kind: GP_DOCUMENT_PREPARE_JOB,
      payload: { documentId: row.id, generation: 0 },
      runAt: new Date(),
      maxAttempts: 2,
    });
    await run([GP_DOCUMENT_PREPARE_JOB]);
    expect((await gpDocument(referral)).json().state).toBe('preparing');
    await run([GP_DOCUMENT_PREPARE_JOB], new Date(Date.now() + 10 * MINUTE));
    const failed = (await gpDocument(referral)).json();
    expect(failed).toMatchObject({ state: 'failed', resendable: true, letterId: null });
    expect(failed.lastError).toMatch(/^The document could not be built/);
    expect(await db().select().from(letters).where(eq(letters.referralId, referral.id))).toHaveLength(0);
  });

  it('404s: an unknown referral or document, and a referral still open', async () => {
    const { referral } = await personAtPractice({ mailbox: true });
    expect((await gpDocument(referral)).json().message).toBe('GP document was not found');
    expect((await get(`/api/referrals/${crypto.randomUUID()}/gp-document`)).statusCode).toBe(404);
    expect(
      (await app.inject({ method: 'POST', url: `/api/gp-documents/${crypto.randomUUID()}/resend`, headers: admin.writeHeaders }))
        .statusCode,
    ).toBe(404);
    expect((await app.inject({ url: `/api/referrals/${referral.id}/gp-document` })).statusCode).toBe(401);
  });
});
