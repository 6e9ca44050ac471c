import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomNhsNumber } from '../../../../test/pathway-test-data.ts';
import {
  createTestOrg,
  createTestTenant,
  createTestUser,
  type SignedIn,
  signIn,
  type TestTenant,
} from '../../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import {
  directoryAttributes,
  directoryOrganisations,
  directoryServices,
  directoryTaxonomyTerms,
  people,
  unmetNeeds,
} from '../../../db/schema/index.ts';

/**
 * Unmet need and provider pressure against a hand-counted fixture. Unmet needs in 2001 in the
 * tenant's PCN:
 *   Ashford North · Loneliness · no such service ×3 (recorded by Avery)
 *   Ashford North · Debt       · services are full ×1
 *   Bexley        · Loneliness · too far away      ×2
 *   Bexley        · Housing    · costs too much    ×1 (a person registered with the practice)
 * plus one on 31 Dec 2000 (outside the period) and one in another PCN.
 * The directory is shared by every test file, so service checks look at this file's services
 * (named with a unique suffix) and this file's need terms only.
 */
describe('unmet need report', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let supervisor: SignedIn;
  let commissioner: SignedIn;
  let averyId: string;
  const suffix = crypto.randomUUID().slice(0, 8);
  const term: Record<string, string> = {};
  const db = () => app.kith.database.db;
  const period = 'from=2001-01-01&to=2001-12-31';
  const DAY_MS = 86_400_000;
  const isoDate = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    const otherPcn = await createTestOrg(db(), { kind: 'pcn', parentId: tenant.icb });
    const avery = await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]);
    averyId = avery.id;
    supervisor = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }]));
    commissioner = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'commissioner' }]));
    for (const name of ['Loneliness', 'Debt', 'Housing']) {
      const [row] = await db()
        .insert(directoryTaxonomyTerms)
        .values({ name: `${name} ${suffix}` })
        .returning({ id: directoryTaxonomyTerms.id });
      term[name] = row?.id as string;
    }
    const [person] = await db()
      .insert(people)
      .values({
        organisationId: tenant.pcn,
        nhsNumber: randomNhsNumber(),
        givenName: 'Ada',
        familyName: 'Need',
        registeredPracticeId: tenant.practice,
      })
      .returning({ id: people.id });
    /** `count` unmet needs for `needName` in `area`; `extra` overrides any other column. */
    const need = ({
      area,
      needName,
      reason,
      count,
      extra = {},
    }: {
      area: string;
      needName: string;
      reason: 'no_service' | 'full' | 'too_far' | 'cost';
      count: number;
      extra?: Partial<typeof unmetNeeds.$inferInsert>;
    }) =>
      db()
        .insert(unmetNeeds)
        .values(
          Array.from({ length: count }, () => ({
            organisationId: tenant.pcn,
            needTermId: term[needName] as string,
            area,
            reason,
            recordedAt: new Date('2001-05-01T10:00:00Z'),
            ...extra,
          })),
        );
    await need({ area: 'Ashford North', needName: 'Loneliness', reason: 'no_service', count: 3, extra: { recordedBy: averyId } });
    await need({ area: 'Ashford North', needName: 'Debt', reason: 'full', count: 1 });
    await need({ area: 'Bexley', needName: 'Loneliness', reason: 'too_far', count: 2 });
    await need({ area: 'Bexley', needName: 'Housing', reason: 'cost', count: 1, extra: { personId: person?.id } });
    await need({
      area: 'Ashford North',
      needName: 'Loneliness',
      reason: 'no_service',
      count: 1,
      extra: { recordedAt: new Date('2000-12-31T23:00:00Z') },
    });
    await need({
      area: 'Ashford North',
      needName: 'Loneliness',
      reason: 'no_service',
      count: 1,
      extra: { organisationId: otherPcn },
    });

    const [provider] = await db()
      .insert(directoryOrganisations)
      .values({ name: `Provider ${suffix}` })
      .returning({ id: directoryOrganisations.id });
    const service = async (
      name: string,
      values: Partial<typeof directoryServices.$inferInsert>,
      needs: string[] = [],
    ): Promise<void> => {
      const [row] = await db()
        .insert(directoryServices)
        .values({ organizationId: provider?.id as string, name: `${name} ${suffix}`, ...values })
        .returning({ id: directoryServices.id });
      if (needs.length === 0) return;
      await db()
        .insert(directoryAttributes)
        .values(
          needs.map((n) => ({
            linkId: row?.id as string,
            linkType: 'service',
            linkEntity: 'service',
            taxonomyTermId: term[n] as string,
          })),
        );
    };
    await service('Walking group', { capacityStatus: 'waiting_list', typicalWaitDays: 700 }, ['Loneliness']);
    await service('Debt advice', { capacityStatus: 'closed' }, ['Loneliness', 'Debt']);
    await service('Archived choir', { capacityStatus: 'waiting_list', typicalWaitDays: 720, archivedAt: new Date() }, [
      'Loneliness',
    ]);
    await service('Open lunch club', { capacityStatus: 'open', typicalWaitDays: 10 }, ['Loneliness']);
    await service('Befriending', { fundedUntil: isoDate(10), fundingStatus: 'time_limited', capacityStatus: 'limited' });
    await service('Art class', { fundedUntil: isoDate(90) });
    await service('Ended garden', { fundedUntil: isoDate(-1) });
    await service('Later cafe', { fundedUntil: isoDate(91) });
    await service('Archived tea', { fundedUntil: isoDate(5), archivedAt: new Date() });
  });
  afterAll(() => app.close());

  const get = async (session: SignedIn, extra = '') => {
    const response = await app.inject({ url: `/api/reports/unmet-need?${period}${extra}`, headers: { cookie: session.cookie } });
    expect(response.statusCode).toBe(200);
    return response.json() as {
      headlines: { value: unknown }[];
      tables: { id: string; rows: Record<string, unknown>[] }[];
      notes: string[];
    };
  };
  const rows = (report: Awaited<ReturnType<typeof get>>, id: string) => report.tables.find((t) => t.id === id)?.rows ?? [];
  const mine = (list: Record<string, unknown>[], key: string) => list.filter((r) => String(r[key]).includes(suffix));

  it('counts unmet needs by need, area, reason and area and need in the period', async () => {
    const report = await get(supervisor);
    expect(report.headlines[0]?.value).toBe(7);
    expect(rows(report, 'by-need')).toEqual([
      { need: `Loneliness ${suffix}`, count: 5 },
      { need: `Debt ${suffix}`, count: 1 },
      { need: `Housing ${suffix}`, count: 1 },
    ]);
    expect(rows(report, 'by-area')).toEqual([
      { area: 'Ashford North', count: 4 },
      { area: 'Bexley', count: 3 },
    ]);
    expect(rows(report, 'by-reason')).toEqual([
      { reason: 'No such service', count: 3 },
      { reason: 'Services are full', count: 1 },
      { reason: 'Too far away', count: 2 },
      { reason: 'Costs too much', count: 1 },
      { reason: 'Not eligible', count: 0 },
      { reason: 'Waiting time too long', count: 0 },
    ]);
    expect(rows(report, 'by-area-need')).toEqual([
      { area: 'Ashford North', need: `Loneliness ${suffix}`, count: 3 },
      { area: 'Bexley', need: `Loneliness ${suffix}`, count: 2 },
      { area: 'Ashford North', need: `Debt ${suffix}`, count: 1 },
      { area: 'Bexley', need: `Housing ${suffix}`, count: 1 },
    ]);
  });

  it('a practice filter keeps people registered there; a worker filter keeps what they recorded', async () => {
    expect((await get(supervisor, `&practiceId=${tenant.practice}`)).headlines[0]?.value).toBe(1);
    const byAvery = await get(supervisor, `&workerId=${averyId}`);
    expect(rows(byAvery, 'by-area')).toEqual([{ area: 'Ashford North', count: 3 }]);
  });

  it('lists services at capacity, longest wait first, and counts them by need', async () => {
    const report = await get(supervisor);
    expect(mine(rows(report, 'waiting-lists'), 'service')).toEqual([
      {
        service: `Walking group ${suffix}`,
        provider: `Provider ${suffix}`,
        capacity: 'Waiting list',
        typicalWaitDays: 700,
        needs: `Loneliness ${suffix}`,
      },
      {
        service: `Debt advice ${suffix}`,
        provider: `Provider ${suffix}`,
        capacity: 'Closed to referrals',
        typicalWaitDays: null,
        needs: `Debt ${suffix}, Loneliness ${suffix}`,
      },
    ]);
    expect(mine(rows(report, 'waiting-by-need'), 'need')).toEqual([
      { need: `Loneliness ${suffix}`, waitingList: 1, closed: 1, total: 2 },
      { need: `Debt ${suffix}`, waitingList: 0, closed: 1, total: 1 },
    ]);
  });

  it('lists services whose funding ends within 90 days, soonest first', async () => {
    const report = await get(supervisor);
    expect(mine(rows(report, 'funding-ending'), 'service')).toEqual([
      {
        service: `Befriending ${suffix}`,
        provider: `Provider ${suffix}`,
        fundedUntil: isoDate(10),
        daysLeft: 10,
        funding: 'Funded for a fixed period',
        capacity: 'Limited places',
      },
      {
        service: `Art class ${suffix}`,
        provider: `Provider ${suffix}`,
        fundedUntil: isoDate(90),
        daysLeft: 90,
        funding: 'Not known',
        capacity: 'Open',
      },
    ]);
  });

  it('suppresses small counts for commissioners', async () => {
    const report = await get(commissioner, `&pcnId=${tenant.pcn}`);
    expect(rows(report, 'by-need')).toEqual([
      { need: `Loneliness ${suffix}`, count: 5 },
      { need: `Debt ${suffix}`, count: '<5' },
      { need: `Housing ${suffix}`, count: '<5' },
    ]);
    expect(report.headlines[0]?.value).toBe(5);
  });
});
