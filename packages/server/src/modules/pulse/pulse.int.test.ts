import { PULSE_SUPPRESSED_TEXT, pulseResultsWaitMessage } from '@kith/shared';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestOrg,
  createTestTenant,
  createTestUser,
  type SignedIn,
  signIn,
  type TestTenant,
} from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { auditEvents, pulseResponses, pulseRounds } from '../../db/schema/index.ts';
import { OVERALL_WITHHELD_NOTE } from './pulse-results.ts';
import { shiftCalendarDate as shiftDays, ukToday, ukYesterday } from './uk-date.ts';

type Answers = [number, number, number, number];

describe('wellbeing pulse', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let secondPcn: string;
  let manager: SignedIn;
  // Sign-in is rate limited per app, so tests share a small pool of workers (each round is new).
  let pcnWorkers: SignedIn[];
  let secondPcnWorkers: SignedIn[];
  let practiceWorker: SignedIn;
  const db = () => app.kith.database.db;
  const today = () => ukToday();

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    secondPcn = await createTestOrg(db(), { kind: 'pcn', parentId: tenant.icb, name: `Second PCN ${crypto.randomUUID()}` });
    // A manager over the whole ICB, so an ICB round's results cover both PCNs.
    manager = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'pcn_manager' }]));
    pcnWorkers = [await worker(tenant.pcn, 'supervisor')];
    for (let i = 0; i < 4; i++) pcnWorkers.push(await worker(tenant.pcn));
    secondPcnWorkers = [];
    for (let i = 0; i < 5; i++) secondPcnWorkers.push(await worker(secondPcn));
    practiceWorker = await worker(tenant.practice);
  });
  afterAll(() => app.close());

  const worker = async (organisationId: string, role: 'link_worker' | 'supervisor' = 'link_worker') =>
    signIn(app, await createTestUser(db(), [{ organisationId, role }]));
  const createRound = async (organisationId: string, opensOn = today(), closesOn = shiftDays(today(), 14), session = manager) =>
    app.inject({
      method: 'POST',
      url: '/api/pulse/rounds',
      headers: session.writeHeaders,
      payload: { organisationId, title: 'Spring pulse', opensOn, closesOn },
    });
  const newRound = async (organisationId: string, opensOn?: string, closesOn?: string): Promise<string> => {
    const response = await createRound(organisationId, opensOn, closesOn);
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id;
  };
  const answer = (roundId: string, session: SignedIn, [a, b, c, d]: Answers = [3, 3, 3, 3]) =>
    app.inject({
      method: 'POST',
      url: `/api/pulse/rounds/${roundId}/responses`,
      headers: session.writeHeaders,
      payload: { answers: { job_satisfaction: a, caseload_manageable: b, valued_by_practice: c, supervision_access: d } },
    });
  const answerAs = async (roundId: string, session: SignedIn, answers: Answers) => {
    const response = await answer(roundId, session, answers);
    expect(response.statusCode, response.body).toBe(201);
  };
  const results = (roundId: string, session = manager) =>
    app.inject({ url: `/api/pulse/rounds/${roundId}/results`, headers: { cookie: session.cookie } });
  const csv = (roundId: string, session = manager) =>
    app.inject({ url: `/api/pulse/rounds/${roundId}/results.csv`, headers: { cookie: session.cookie } });
  const close = (roundId: string, session = manager) =>
    app.inject({ method: 'POST', url: `/api/pulse/rounds/${roundId}/close`, headers: session.writeHeaders });
  const closeNow = async (roundId: string) => {
    const response = await close(roundId);
    expect(response.statusCode, response.body).toBe(200);
  };

  it('pulse results for a group of 4 are not shown in any screen, API or export', async () => {
    const roundId = await newRound(tenant.icb);
    const smallAnswers: Answers[] = [
      [1, 1, 1, 1],
      [1, 2, 1, 2],
      [2, 1, 2, 1],
      [1, 1, 2, 2],
    ];
    for (const [i, answers] of smallAnswers.entries()) await answerAs(roundId, pcnWorkers[i] as SignedIn, answers);
    const shownAnswers: Answers[] = [
      [1, 5, 2, 1],
      [2, 5, 2, 1],
      [3, 5, 3, 1],
      [4, 4, 3, 1],
      [5, 4, 3, 2],
    ];
    for (const [i, answers] of shownAnswers.entries()) await answerAs(roundId, secondPcnWorkers[i] as SignedIn, answers);
    // Nothing at all while the round is open (see the next tests); the figures below are read once closed.
    await closeNow(roundId);

    const response = await results(roundId);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const small = body.groups.find((g: { organisationId: string }) => g.organisationId === tenant.pcn);
    // Nothing but its name and the note: no n, no means, no distribution.
    expect(Object.keys(small).sort()).toEqual(['note', 'organisationId', 'organisationName', 'shown']);
    expect(small).toMatchObject({ shown: false, note: PULSE_SUPPRESSED_TEXT });
    // No overall line either: overall − the group shown would be the hidden group's figures.
    expect(body.overall).toBeNull();
    expect(body.overallNote).toMatch(/fewer than 5/);

    const shown = body.groups.find((g: { organisationId: string }) => g.organisationId === secondPcn);
    expect(shown.shown).toBe(true);
    expect(shown.figures.n).toBe(5);
    expect(
      shown.figures.questions.map((q: { question: string; mean: number; distribution: number[] }) => [
        q.question,
        q.mean,
        q.distribution,
      ]),
    ).toEqual([
      ['job_satisfaction', 3, [1, 1, 1, 1, 1]],
      ['caseload_manageable', 4.6, [0, 0, 0, 2, 3]],
      ['valued_by_practice', 2.6, [0, 2, 3, 0, 0]],
      ['supervision_access', 1.2, [4, 1, 0, 0, 0]],
    ]);

    const exported = await csv(roundId);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    const lines = exported.body.trim().split('\r\n');
    const smallName = small.organisationName as string;
    const smallLines = lines.filter((line) => line.startsWith(smallName));
    expect(smallLines).toEqual([`${smallName},${PULSE_SUPPRESSED_TEXT},,,,,,,`]);
    const overallLines = lines.filter((line) => line.startsWith('All groups'));
    expect(overallLines).toHaveLength(1);
    expect(overallLines[0]).toBe(`All groups,"${OVERALL_WITHHELD_NOTE}",,,,,,,`);
    const shownLines = lines.filter((line) => line.startsWith(shown.organisationName));
    expect(shownLines).toHaveLength(4);
    expect(shownLines[1]).toBe(`${shown.organisationName},5,My caseload is manageable,4.60,0,0,0,2,3`);
    // 1 header + 1 hidden group + 4 shown questions + 1 withheld overall: nothing else leaks.
    expect(lines).toHaveLength(7);
  });

  it('results and CSV of a round that has not closed are refused with 409, however many have answered', async () => {
    const roundId = await newRound(tenant.pcn);
    const closesOn = shiftDays(today(), 14);
    const answers: Answers[] = [
      [5, 4, 3, 2],
      [4, 4, 3, 2],
      [3, 4, 3, 2],
      [2, 4, 3, 2],
    ];
    for (const [i, each] of answers.entries()) await answerAs(roundId, pcnWorkers[i] as SignedIn, each);
    await answerAs(roundId, practiceWorker, [1, 5, 3, 2]);
    // Five responses, but reading now and again after a sixth would give the sixth away.
    for (const refused of [await results(roundId), await csv(roundId)]) {
      expect(refused.statusCode).toBe(409);
      expect(refused.json().message).toBe(pulseResultsWaitMessage(closesOn));
      expect(refused.body).not.toMatch(/figures|mean/);
    }
    expect(pulseResultsWaitMessage(closesOn)).toMatch(/^Results are shown once the round closes on \d{1,2} \w+ \d{4}, so that/);
    const upcoming = await newRound(tenant.pcn, shiftDays(today(), 2), shiftDays(today(), 9));
    expect((await results(upcoming)).statusCode).toBe(409);
  });

  it('once closed early, a group of 5 is shown with the overall line, and the close is audited', async () => {
    const roundId = await newRound(tenant.pcn);
    const answers: Answers[] = [
      [5, 4, 3, 2],
      [4, 4, 3, 2],
      [3, 4, 3, 2],
      [2, 4, 3, 2],
    ];
    for (const [i, each] of answers.entries()) await answerAs(roundId, pcnWorkers[i] as SignedIn, each);
    // A link worker in a practice answers for the practice's PCN.
    await answerAs(roundId, practiceWorker, [1, 5, 3, 2]);

    const closed = await close(roundId);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ id: roundId, state: 'closed', closesOn: ukYesterday() });
    const [stored] = await db().select().from(pulseRounds).where(eq(pulseRounds.id, roundId));
    expect(stored?.closesOn).toBe(ukYesterday());
    // Opened today and closed at once: it never reads as closing before it opened.
    expect(stored?.opensOn).toBe(ukYesterday());
    const audits = await db()
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.recordType, 'pulse_round'), eq(auditEvents.recordId, roundId), eq(auditEvents.action, 'state_change')),
      );
    expect(audits).toHaveLength(1);
    expect(audits[0]?.actorRole).toBe('pcn_manager');

    const five = (await results(roundId)).json();
    expect(five.round.state).toBe('closed');
    expect(five.groups).toHaveLength(1);
    expect(five.groups[0].figures.n).toBe(5);
    expect(five.groups[0].figures.questions.map((q: { mean: number }) => q.mean)).toEqual([3, 4.2, 3, 2]);
    expect(five.overall).toEqual(five.groups[0].figures);
    expect((await csv(roundId)).statusCode).toBe(200);
  });

  it('closing a round twice, or one not open yet, is refused with 409; a closed round takes no answers', async () => {
    const roundId = await newRound(tenant.pcn);
    await closeNow(roundId);
    const again = await close(roundId);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/already closed/);
    const pastRound = await newRound(tenant.pcn, shiftDays(today(), -20), shiftDays(today(), -1));
    expect((await close(pastRound)).statusCode).toBe(409);
    const upcoming = await newRound(tenant.pcn, shiftDays(today(), 2), shiftDays(today(), 9));
    const notOpen = await close(upcoming);
    expect(notOpen.statusCode).toBe(409);
    expect(notOpen.json().message).toMatch(/not opened yet/);

    const lateAnswer = await answer(roundId, pcnWorkers[4] as SignedIn);
    expect(lateAnswer.statusCode).toBe(409);
    expect(lateAnswer.json().message).toMatch(/closed/);
    const current = await app.inject({ url: '/api/pulse/current', headers: { cookie: (pcnWorkers[4] as SignedIn).cookie } });
    expect(current.json().items.map((r: { id: string }) => r.id)).not.toContain(roundId);
  });

  it('the rounds list says whether each round is open, closed or not open yet', async () => {
    const open = await newRound(tenant.pcn);
    const closed = await newRound(tenant.pcn, shiftDays(today(), -20), shiftDays(today(), -1));
    const upcoming = await newRound(tenant.pcn, shiftDays(today(), 2), shiftDays(today(), 9));
    const closesToday = await newRound(tenant.pcn, shiftDays(today(), -3), today());
    const list = await app.inject({ url: `/api/pulse/rounds?organisationId=${tenant.pcn}`, headers: { cookie: manager.cookie } });
    const states = new Map(list.json().items.map((r: { id: string; state: string }) => [r.id, r.state]));
    expect([open, closed, upcoming, closesToday].map((id) => states.get(id))).toEqual(['open', 'closed', 'upcoming', 'open']);
    // A round closed by its dates shows its (empty) results at once.
    expect((await results(closed)).json().overallNote).toBe('No responses yet.');
  });

  it('answering twice is refused with 409, and the audit never links a person to a response', async () => {
    const roundId = await newRound(tenant.pcn);
    const session = pcnWorkers[0] as SignedIn;
    expect((await answer(roundId, session, [4, 4, 4, 4])).statusCode).toBe(201);
    const again = await answer(roundId, session, [1, 1, 1, 1]);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/already answered/);

    const responses = await db().select().from(pulseResponses).where(eq(pulseResponses.roundId, roundId));
    expect(responses).toHaveLength(1);
    const audits = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'pulse_round_answered'), eq(auditEvents.recordId, roundId)));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.detail).toBeNull();
    const mentionsResponse = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.recordId, responses[0]?.id ?? ''));
    expect(mentionsResponse).toHaveLength(0);
  });

  it('the response row carries no user id and no time of answering', async () => {
    const columns = await db().execute<{ column_name: string }>(
      sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'pulse_responses' ORDER BY column_name`,
    );
    expect(columns.rows.map((row) => row.column_name)).toEqual(['answers', 'group_organisation_id', 'id', 'round_id']);
  });

  it('a closed round, or one not open yet, refuses answers with 409', async () => {
    const closed = await newRound(tenant.pcn, shiftDays(today(), -20), shiftDays(today(), -1));
    const upcoming = await newRound(tenant.pcn, shiftDays(today(), 2), shiftDays(today(), 9));
    const session = pcnWorkers[1] as SignedIn;
    const closedAnswer = await answer(closed, session);
    expect(closedAnswer.statusCode).toBe(409);
    expect(closedAnswer.json().message).toMatch(/closed/);
    expect((await answer(upcoming, session)).statusCode).toBe(409);
  });

  it('every answer must be 1 to 5, and a missing one is named', async () => {
    const roundId = await newRound(tenant.pcn);
    const session = pcnWorkers[2] as SignedIn;
    const response = await app.inject({
      method: 'POST',
      url: `/api/pulse/rounds/${roundId}/responses`,
      headers: session.writeHeaders,
      payload: { answers: { job_satisfaction: 6, caseload_manageable: 3, valued_by_practice: 3 } },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['answers.job_satisfaction', 'answers.supervision_access']));
    expect(response.json().issues[0].message).toMatch(/Choose how much you agree/);
  });

  it('current rounds cover the worker’s PCN and the ICB above it, until answered', async () => {
    const pcnRound = await newRound(tenant.pcn);
    const icbRound = await newRound(tenant.icb);
    const otherPcnRound = await newRound(secondPcn);
    const session = pcnWorkers[3] as SignedIn;
    const current = async () =>
      (await app.inject({ url: '/api/pulse/current', headers: { cookie: session.cookie } }))
        .json()
        .items.map((r: { id: string }) => r.id);
    const before = await current();
    expect(before).toEqual(expect.arrayContaining([pcnRound, icbRound]));
    expect(before).not.toContain(otherPcnRound);
    expect((await answer(pcnRound, session)).statusCode).toBe(201);
    expect(await current()).not.toContain(pcnRound);
    // A round for another PCN is not theirs to answer.
    expect((await answer(otherPcnRound, session)).statusCode).toBe(404);
  });

  it('rounds and results stay inside the manager’s scope', async () => {
    const roundId = await newRound(tenant.pcn);
    const other = await createTestTenant(db());
    const outsider = await signIn(app, await createTestUser(db(), [{ organisationId: other.pcn, role: 'pcn_manager' }]));
    expect((await results(roundId, outsider)).statusCode).toBe(404);
    expect((await csv(roundId, outsider)).statusCode).toBe(404);
    expect((await close(roundId, outsider)).statusCode).toBe(404);
    expect((await createRound(tenant.pcn, undefined, undefined, outsider)).statusCode).toBe(404);
    const list = await app.inject({ url: '/api/pulse/rounds', headers: { cookie: outsider.cookie } });
    expect(list.json().items.map((r: { id: string }) => r.id)).not.toContain(roundId);
    // Link workers answer; they never see results.
    expect((await results(roundId, pcnWorkers[4] as SignedIn)).statusCode).toBe(403);
    expect((await close(roundId, pcnWorkers[4] as SignedIn)).statusCode).toBe(403);
    // A round is for a PCN or an ICB, not a practice.
    const practice = await createRound(tenant.practice);
    expect(practice.statusCode).toBe(400);
    expect(practice.json().issues[0].path).toBe('organisationId');
  });
});
