import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomNhsNumber } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';

describe('CSV bulk referral import', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let supervisor: SignedIn;
  const db = () => app.kith.database.db;
  const header = 'given_name,family_name,date_of_birth,nhs_number,postcode,reasons,consent_to_referral,consent_to_data_sharing';

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    supervisor = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }]));
  });
  afterAll(() => app.close());

  const post = (csv: string, dryRun: boolean) =>
    app.inject({
      method: 'POST',
      url: '/api/referrals/import',
      headers: supervisor.writeHeaders,
      payload: { organisationId: tenant.pcn, csv, dryRun },
    });
  const queueSize = async () =>
    (await app.inject({ url: '/api/referrals', headers: { cookie: supervisor.cookie } })).json().items.length as number;

  it('a dry run names each bad row and column and creates nothing, nor does a real run with problems', async () => {
    const csv = [
      header,
      `Ann,Archer,1948-05-01,${randomNhsNumber()},LS1 4AP,loneliness;bereavement,yes,yes`,
      'Bob,Baker,1960-13-01,9434765918,LS1 4AP,housing,yes,no',
      'Cy,Cole,,,,housing,no,yes',
      'Fay,Fox,1990-01-01,,LS1 4AP,astrology,yes,yes',
    ].join('\n');
    const before = await queueSize();
    const dry = await post(csv, true);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, rows: 4, valid: 1, created: 0 });
    expect(dry.json().problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: 'date_of_birth' }),
        expect.objectContaining({ row: 3, column: 'nhs_number' }),
        expect.objectContaining({ row: 4, column: 'consent_to_referral' }),
        expect.objectContaining({ row: 5, column: 'reasons' }),
      ]),
    );
    expect((await post(csv, false)).json().created).toBe(0);
    expect(await queueSize()).toBe(before);
  });

  it('imports every row of a clean file as bulk-import referrals', async () => {
    const csv = [
      header,
      `Dee,Dunn,1970-01-02,${randomNhsNumber()},LS2 7EE,debt,yes,yes`,
      'Eve,Eng,1980-03-04,,LS2 7EE,housing;debt,Y,N',
    ].join('\r\n');
    const before = await queueSize();
    const response = await post(csv, false);
    expect(response.json()).toMatchObject({ dryRun: false, rows: 2, valid: 2, created: 2, problems: [] });
    expect(await queueSize()).toBe(before + 2);
  });

  it('streams progress lines and then the report when asked for NDJSON', async () => {
    const rows = Array.from({ length: 3 }, (_, i) => `Gus${i},Gale,1970-01-0${i + 1},,LS2 7EE,debt,yes,yes`);
    const response = await app.inject({
      method: 'POST',
      url: '/api/referrals/import',
      headers: { ...supervisor.writeHeaders, accept: 'application/x-ndjson' },
      payload: { organisationId: tenant.pcn, csv: [header, ...rows].join('\n'), dryRun: false },
    });
    expect(response.headers['content-type']).toMatch(/application\/x-ndjson/);
    const lines = response.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'progress').map((l) => l.done)).toEqual([1, 2, 3]);
    expect(lines.at(-1)).toMatchObject({ type: 'report', report: { created: 3, problems: [] } });
  });

  it('refuses a file without the required columns, naming them', async () => {
    const response = await post('name,reason\nAnn,loneliness', true);
    expect(response.json().problems.map((p: { column: string }) => p.column)).toEqual(
      expect.arrayContaining(['given_name', 'family_name', 'reasons', 'consent_to_referral']),
    );
  });
});
