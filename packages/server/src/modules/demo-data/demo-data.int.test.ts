import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/test-database.ts';
import { contextForUser } from '../../cli/cli-actor.ts';
import { loadConfig } from '../../config.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { getMessageBack } from '../care/discharge-service.ts';
import { fundingPlan } from '../workforce/funding-plan-service.ts';
import { isEmpty, loadDemoData } from './demo-data.ts';

// Each test loads the demo into a brand-new database: seconds alone, far longer on a loaded machine.
describe('demo data', { timeout: 180_000 }, () => {
  it('loads the demo postcodes and a directory the demo provider curates, with every capacity state and one stale service', async () => {
    await withFreshDatabase(async (database) => {
      await migrateDatabase(database);
      // The hand-made demo directory and posts only: the synthetic history adds services and posts of its own.
      await loadDemoData(database.db, { history: false, referrals: false });
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
      await loadDemoData(database.db, { history: false, referrals: false });
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

  it('adds report-worthy history in two synthetic PCNs of the demo ICB, and none to the demo PCN', async () => {
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
      // The demo PCN keeps exactly its hand-made referrals (demo-cases.ts).
      expect(pcns[0]?.referrals).toBe(44);
      expect((pcns[1]?.referrals ?? 0) + (pcns[2]?.referrals ?? 0)).toBe(2000);
    });
  });

  it('gives the demo PCN a queue, a caseload at every open stage and closed referrals with messages back, dated over recent weeks', async () => {
    await withFreshDatabase(async (database) => {
      await migrateDatabase(database);
      const now = new Date();
      await loadDemoData(database.db, { history: false, now });
      const stages = await database.queryRaw<{ status: string; n: number; worker: string | null }>(
        `SELECT r.status, count(*)::int AS n, u.email AS worker
         FROM referrals r LEFT JOIN users u ON u.id = r.assigned_worker_id
         GROUP BY r.status, u.email ORDER BY r.status`,
      );
      const byStage = Object.fromEntries(stages.map((s) => [s.status, s.n]));
      expect(byStage).toEqual({
        received: 9,
        triaged: 3,
        allocated: 6,
        contacted: 6,
        active: 12,
        discharged: 5,
        declined: 1,
        not_reached: 1,
        withdrawn: 1,
      });
      const open = stages.filter((s) => ['allocated', 'contacted', 'active'].includes(s.status));
      expect(open.every((s) => s.worker === 'linkworker@kith.example')).toBe(true);

      const [counts] = await database.queryRaw<{
        self_referrals: number;
        referred_by_referrer: number;
        contacts: number;
        measures: number;
        plans: number;
        oldest_days: number;
        newest_days: number;
        future: number;
      }>(
        `SELECT (SELECT count(*) FROM referrals WHERE source = 'self')::int AS self_referrals,
                (SELECT count(*) FROM referrals r JOIN users u ON u.id = r.referrer_user_id
                 WHERE u.email = 'referrer@kith.example')::int AS referred_by_referrer,
                (SELECT count(*) FROM contacts)::int AS contacts,
                (SELECT count(*) FROM outcome_measures)::int AS measures,
                (SELECT count(*) FROM care_plans)::int AS plans,
                (SELECT extract(day FROM now() - min(created_at)) FROM referrals)::int AS oldest_days,
                (SELECT extract(day FROM now() - max(created_at)) FROM referrals)::int AS newest_days,
                (SELECT count(*) FROM referral_transitions WHERE at > now())::int AS future`,
      );
      expect(counts?.self_referrals).toBe(3);
      expect(counts?.referred_by_referrer).toBe(41);
      // Every contacted case has contacts and a baseline; every active and discharged one a plan.
      expect(counts?.plans).toBe(17);
      expect(counts?.contacts).toBeGreaterThan(40);
      expect(counts?.measures).toBeGreaterThan(40);
      expect(counts?.oldest_days).toBe(140);
      expect(counts?.newest_days).toBe(0);
      expect(counts?.future).toBe(0);

      // The referrer's closed referrals each have a message back to read.
      const referrer = await contextForUser(database.db, 'referrer@kith.example');
      const closed = await database.queryRaw<{ id: string }>(
        "SELECT id FROM referrals WHERE status IN ('discharged', 'declined', 'not_reached', 'withdrawn')",
      );
      for (const { id } of closed) {
        expect((await getMessageBack(database.db, referrer, id)).referralId).toBe(id);
      }
    });
  });

  it('names a safeguarding lead, starts community conversations, links email to the running address, and is not loaded twice', async () => {
    await withFreshDatabase(async (database) => {
      await migrateDatabase(database);
      const config = loadConfig({ PORT: '4321' });
      await loadDemoData(database.db, { history: false, config });
      const leads = await database.queryRaw<{ email: string }>(
        'SELECT u.email FROM safeguarding_leads l JOIN users u ON u.id = l.user_id',
      );
      expect(leads.map((l) => l.email)).toEqual(['supervisor@kith.example']);
      const [community] = await database.queryRaw<{ published: number; ratings: number; comments: number; replies: number }>(
        `SELECT (SELECT count(*) FROM community_posts WHERE status = 'published')::int AS published,
                (SELECT count(*) FROM community_ratings)::int AS ratings,
                (SELECT count(*) FROM community_comments)::int AS comments,
                (SELECT count(*) FROM community_comments WHERE parent_id IS NOT NULL)::int AS replies`,
      );
      expect(community).toEqual({ published: 4, ratings: 10, comments: 8, replies: 2 });
      const links = await database.queryRaw<{ text_body: string }>('SELECT text_body FROM outbox_emails');
      expect(links.length).toBeGreaterThan(0);
      expect(links.every((email) => !email.text_body.includes('localhost:3000'))).toBe(true);
      expect(links.some((email) => email.text_body.includes('http://localhost:4321/community/events/'))).toBe(true);
      // main.ts loads the demo only into an empty database: after one load it is not empty.
      expect(await isEmpty(database.db)).toBe(false);
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
