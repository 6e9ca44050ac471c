import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { competencyFrameworks, trainingCompletions } from '../../db/schema/index.ts';
import { addMonths } from './learning-due.ts';

const today = () => new Date().toISOString().slice(0, 10);

describe('learning', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let admin: SignedIn;
  let worker: SignedIn;
  let workerId: string;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
    const user = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }], {
      displayName: 'Wendy Worker',
    });
    workerId = user.id;
    worker = await signIn(app, user);
  });
  afterAll(() => app.close());

  const addCourse = async (overrides: Record<string, unknown> = {}) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/learning/courses',
      headers: admin.writeHeaders,
      payload: { title: `Course ${crypto.randomUUID().slice(0, 6)}`, required: true, renewEveryMonths: null, ...overrides },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const me = async (session = worker) =>
    (await app.inject({ url: '/api/learning/me', headers: { cookie: session.cookie } })).json() as {
      due: { courseId: string; status: string; dueOn: string | null }[];
      completions: { courseId: string; evidence: string }[];
    };
  const complete = (
    courseId: string,
    completedOn = today(),
    evidence = 'Certificate https://example.org/cert/1',
    session = worker,
  ) =>
    app.inject({
      method: 'POST',
      url: '/api/learning/completions',
      headers: session.writeHeaders,
      payload: { courseId, completedOn, evidence },
    });

  it('a completion makes a required course no longer due, and a renewable one due again after its interval', async () => {
    const once = await addCourse();
    const yearly = await addCourse({ renewEveryMonths: 12 });
    let mine = await me();
    expect(mine.due.map((d) => d.courseId)).toEqual(expect.arrayContaining([once, yearly]));

    expect((await complete(once)).statusCode).toBe(201);
    mine = await me();
    expect(mine.due.map((d) => d.courseId)).not.toContain(once);
    expect(mine.completions.find((c) => c.courseId === once)?.evidence).toBe('Certificate https://example.org/cert/1');

    // Completed 13 months ago: the yearly renewal has come round and is overdue.
    const thirteenMonthsAgo = addMonths(today(), -13);
    expect((await complete(yearly, thirteenMonthsAgo)).statusCode).toBe(201);
    mine = await me();
    expect(mine.due.find((d) => d.courseId === yearly)).toMatchObject({
      status: 'overdue',
      dueOn: addMonths(thirteenMonthsAgo, 12),
    });
    // Renewed today: not due again for a year.
    expect((await complete(yearly)).statusCode).toBe(201);
    expect((await me()).due.map((d) => d.courseId)).not.toContain(yearly);
  });

  it('a completion needs evidence and a date that is not in the future', async () => {
    const course = await addCourse();
    const noEvidence = await complete(course, today(), '   ');
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().issues[0].path).toBe('evidence');
    const future = await complete(course, addMonths(today(), 1));
    expect(future.statusCode).toBe(400);
    expect(future.json().issues[0].path).toBe('completedOn');
  });

  it('self-assessment validation names the missing competency', async () => {
    const [framework] = await db()
      .insert(competencyFrameworks)
      .values({
        name: `Framework ${crypto.randomUUID().slice(0, 6)}`,
        competencies: [
          { id: 'listen-1', area: 'Listening', statement: 'I listen well.' },
          { id: 'record-1', area: 'Recording', statement: 'I record on time.' },
        ],
      })
      .returning();
    if (!framework) throw new Error('no framework');
    const submit = (ratings: Record<string, number>) =>
      app.inject({
        method: 'POST',
        url: '/api/learning/self-assessments',
        headers: worker.writeHeaders,
        payload: { frameworkId: framework.id, ratings },
      });
    const missing = await submit({ 'listen-1': 3 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().issues).toEqual([{ path: 'ratings.record-1', message: 'Rate yourself for "I record on time."' }]);
    const outOfRange = await submit({ 'listen-1': 3, 'record-1': 5 });
    expect(outOfRange.statusCode).toBe(400);
    const saved = await submit({ 'listen-1': 3, 'record-1': 2 });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(
      (await app.inject({ url: '/api/learning/me', headers: { cookie: worker.cookie } })).json().latestSelfAssessment,
    ).toMatchObject({ frameworkId: framework.id, ratings: { 'listen-1': 3, 'record-1': 2 }, assessedOn: today() });

    // An admin edits the framework; the form then asks for the new competency too.
    const edit = await app.inject({
      method: 'PUT',
      url: `/api/learning/frameworks/${framework.id}`,
      headers: admin.writeHeaders,
      payload: {
        name: framework.name,
        competencies: [...framework.competencies, { id: 'team-1', area: 'Team', statement: 'I work with the practice.' }],
      },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect((await submit({ 'listen-1': 3, 'record-1': 2 })).json().issues[0].path).toBe('ratings.team-1');
  });

  it('only admins manage the catalogue', async () => {
    const refused = await app.inject({
      method: 'POST',
      url: '/api/learning/courses',
      headers: worker.writeHeaders,
      payload: { title: 'Sneaky', required: false },
    });
    expect(refused.statusCode).toBe(403);
    const id = await addCourse({ required: false });
    const edited = await app.inject({
      method: 'PUT',
      url: `/api/learning/courses/${id}`,
      headers: admin.writeHeaders,
      payload: { title: 'Renamed', required: true, renewEveryMonths: 24 },
    });
    expect(edited.json()).toMatchObject({ title: 'Renamed', required: true, renewEveryMonths: 24 });
  });

  it('the team view counts due and overdue per link worker, in scope only', async () => {
    const team = await createTestTenant(db());
    const lw = await createTestUser(db(), [{ organisationId: team.pcn, role: 'link_worker' }], { displayName: 'Team Worker' });
    const overdueCourse = await addCourse({ renewEveryMonths: 12 });
    await db()
      .insert(trainingCompletions)
      .values({ userId: lw.id, courseId: overdueCourse, completedOn: addMonths(today(), -24), evidence: 'old certificate' });
    const manager = await signIn(app, await createTestUser(db(), [{ organisationId: team.pcn, role: 'pcn_manager' }]));
    const response = await app.inject({ url: `/api/learning/team?pcnId=${team.pcn}`, headers: { cookie: manager.cookie } });
    expect(response.statusCode).toBe(200);
    const rows = response.json().workers as { userId: string; dueCount: number; overdueCount: number }[];
    expect(rows.map((r) => r.userId)).toEqual([lw.id]);
    expect(rows[0]?.overdueCount).toBeGreaterThanOrEqual(1);
    expect(rows[0]?.dueCount).toBeGreaterThanOrEqual(1);
    const outside = await app.inject({ url: `/api/learning/team?pcnId=${tenant.pcn}`, headers: { cookie: manager.cookie } });
    expect(outside.statusCode).toBe(404);
    expect(
      (await app.inject({ url: `/api/learning/team?pcnId=${team.pcn}`, headers: { cookie: worker.cookie } })).statusCode,
    ).toBe(403);
    expect(workerId).toBeTruthy();
  });
});
