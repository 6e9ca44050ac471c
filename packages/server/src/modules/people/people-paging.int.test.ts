import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueIds, walkPages } from '../../../test/paging.ts';
import { createTestTenant, createTestUser, signIn } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';

describe('people search and the person timeline page', () => {
  let app: KithApp;

  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  async function supervisorOfNewPcn() {
    const tenant = await createTestTenant(app.kith.database.db);
    const user = await createTestUser(app.kith.database.db, [{ organisationId: tenant.pcn, role: 'supervisor' }]);
    return { tenant, cookie: (await signIn(app, user)).cookie };
  }
  const getJson = (cookie: string, url: string) => async (page: number) =>
    (await app.inject({ url: `${url}&page=${page}`, headers: { cookie } })).json();

  it('search: 501 people with one name are all reachable, each once (it used to stop at 50)', async () => {
    const { tenant, cookie } = await supervisorOfNewPcn();
    const ids = (
      await app.kith.database.queryRaw<{ id: string }>(
        `INSERT INTO people (organisation_id, given_name, family_name)
         SELECT $1, 'Same', 'Samename' FROM generate_series(1, 501) RETURNING id`,
        [tenant.pcn],
      )
    ).map((row) => row.id);
    const walked = await walkPages(getJson(cookie, '/api/people?q=Samename&pageSize=200'), 200);
    expect(uniqueIds(walked).sort()).toEqual([...ids].sort());
  });

  it('timeline: a referral, 4 contacts and 3 unmet needs at one instant walk in pages of 2, each once', async () => {
    const { tenant, cookie } = await supervisorOfNewPcn();
    const [person] = await app.kith.database.queryRaw<{ id: string }>(
      `WITH person AS (
         INSERT INTO people (organisation_id, given_name, family_name) VALUES ($1, 'Tim', 'Line') RETURNING id
       ), referral AS (
         INSERT INTO referrals (organisation_id, person_id, source, reasons, consent_to_referral, consent_to_data_sharing, created_at)
         SELECT $1, person.id, 'gp_practice', ARRAY['loneliness'], true, true, '2026-06-01T10:00:00Z' FROM person
         RETURNING id, person_id
       ), contact AS (
         INSERT INTO contacts (referral_id, person_id, occurred_at, mode, successful, notes)
         SELECT referral.id, referral.person_id, '2026-06-01T10:00:00Z', 'phone', true, 'Call ' || i
         FROM referral, generate_series(1, 4) AS i RETURNING person_id
       ), term AS (
         INSERT INTO dir_taxonomy_terms (name) VALUES ('Paging need') RETURNING id
       ), need AS (
         -- Another source merged into the timeline, at the same instant.
         INSERT INTO unmet_needs (organisation_id, person_id, need_term_id, area, reason, note, recorded_at)
         SELECT $1, referral.person_id, term.id, 'Leeds', 'no_service', 'Need ' || i, '2026-06-01T10:00:00Z'
         FROM referral, term, generate_series(1, 3) AS i RETURNING person_id
       )
       SELECT DISTINCT person_id AS id FROM contact UNION SELECT person_id FROM need`,
      [tenant.pcn],
    );
    const walked = await walkPages<{ kind: string; detail: string | null }>(
      getJson(cookie, `/api/people/${person?.id}/timeline?pageSize=2`),
      2,
    );
    expect(walked.map((entry) => `${entry.kind}:${entry.detail?.split('\n').at(-1)}`).sort()).toEqual([
      'contact:Call 1',
      'contact:Call 2',
      'contact:Call 3',
      'contact:Call 4',
      'referral:loneliness',
      'unmet_need:Need 1',
      'unmet_need:Need 2',
      'unmet_need:Need 3',
    ]);
  });
});
