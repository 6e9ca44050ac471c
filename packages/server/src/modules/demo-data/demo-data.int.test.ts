import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/test-database.ts';
import { contextForUser } from '../../cli/cli-actor.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { fundingPlan } from '../workforce/funding-plan-service.ts';
import { loadDemoData } from './demo-data.ts';

describe('demo data', () => {
  it('loads the demo postcodes and a directory the demo provider curates, with every capacity state and one stale service', async () => {
    await withFreshDatabase(async (database) => {
      await migrateDatabase(database);
      // The hand-made demo directory and posts only: the synthetic history adds services and posts of its own.
      await loadDemoData(database.db, { history: false });
      const [postcodes] = await database.queryRaw<{ n: number }>('SELECT count(*)::int AS n FROM postcodes');
      expect(postcodes?.n).toBe(216);
      const services = await database.queryRaw<{
        name: string;
        capacity_status: string;
        linked: boolean;
        stale: boolean;
        located: boolean;
      }>(
        `SELECT s.name, s.capacity_status, o.kith_organisation_id IS NOT NULL AS linked,
                s.last_verified_at < now() - interval '6 months' AS stale,
                EXISTS (SELECT 1 FROM dir_service_at_locations sal JOIN dir_locations l ON l.id = sal.location_id
                        WHERE sal.service_id = s.id AND l.latitude IS NOT NULL) AS located
         FROM dir_services s JOIN dir_organizations o ON o.id = s.organization_id ORDER BY s.name`,
      );
      expect(services).toHaveLength(8);
      expect(new Set(services.map((s) => s.capacity_status))).toEqual(new Set(['open', 'limited', 'waiting_list', 'closed']));
      expect(services.every((s) => s.located)).toBe(true);
      expect(services.filter((s) => s.stale).map((s) => s.name)).toEqual(['Sing for Wellbeing Choir (demo)']);
      expect(services.find((s) => s.name === 'Riverside Walking Group (demo)')?.linked).toBe(true);
    });
  });

  it('gives the demo PCN four link worker posts, so the 2025/26 funding planner shows real numbers and warnings', async () => {
    await withFreshDatabase(async (database) => {
      await migrateDatabase(database);
      // The hand-made demo directory and posts only: the synthetic history adds services and posts of its own.
      await loadDemoData(database.db, { history: false });
      const [pcn] = await database.queryRaw<{ id: string }>("SELECT id FROM organisations WHERE ods_code = 'Y9B01'");
      const ctx = await contextForUser(database.db, 'pcnmanager@kith.example');
      const plan = await fundingPlan(database.db, ctx, { pcnId: pcn?.id ?? '', year: '2025/26', years: 3 });
      expect(plan.posts.map((p) => p.pay)).toEqual([
        'Band 5, point 1 then 2',
        'Band 6, point 1 then 2',
        'Band 4, point 2',
        'Band 4, point 1',
      ]);
      expect(plan.posts.find((p) => p.employmentModel === 'vcse_subcontract')?.managementCost).toBe(2400);
      expect(plan.totals.claimable).toBeGreaterThan(0);
      expect(plan.totals.shortfall).toBeGreaterThan(0);
      expect(plan.warnings.some((w) => w.code === 'carried_forward' && w.fromYear === '2023/24')).toBe(true);
      expect(plan.payComparison.vcseEmployed.posts).toBe(1);
    });
  });

  it('adds report-worthy history in two synthetic PCNs of the demo ICB, and leaves the demo PCN with no referrals', async () => {
    await withFreshDatabase(async (database) => {
      await migrateDatabase(database);
      await loadDemoData(database.db, { history: true });
      const pcns = await database.queryRaw<{ ods_code: string; parent: string; referrals: number }>(
        `SELECT o.ods_code, parent.ods_code AS parent,
                (SELECT count(*) FROM referrals r WHERE r.organisation_id = o.id)::int AS referrals
         FROM organisations o JOIN organisations parent ON parent.id = o.parent_id
         WHERE o.kind = 'pcn' ORDER BY o.ods_code`,
      );
      expect(pcns.map((p) => [p.ods_code, p.parent])).toEqual([
        ['Y9B01', 'Y9A01'],
        ['Y9SDP01', 'Y9A01'],
        ['Y9SDP02', 'Y9A01'],
      ]);
      expect(pcns[0]?.referrals).toBe(0);
      expect((pcns[1]?.referrals ?? 0) + (pcns[2]?.referrals ?? 0)).toBe(2000);
    });
  });

  it('loads no history when asked not to', async () => {
    await withFreshDatabase(async (database) => {
      await migrateDatabase(database);
      await loadDemoData(database.db, { history: false });
      const [row] = await database.queryRaw<{ n: number }>("SELECT count(*)::int AS n FROM organisations WHERE kind = 'pcn'");
      expect(row?.n).toBe(1);
    });
  });
});
