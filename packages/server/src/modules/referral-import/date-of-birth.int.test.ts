import { ukToday } from '@kith/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn, type TestTenant } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';

/**
 * One date-of-birth rule (`DateOfBirth` in packages/shared) on every way a person comes in:
 * a date after today (UK) or more than 120 years ago is a 400 naming `dateOfBirth`, or in the
 * CSV import a problem on that row's `date_of_birth` column.
 */
describe('implausible dates of birth', () => {
  let app: KithApp;
  let tenant: TestTenant;
  let supervisor: SignedIn;
  const db = () => app.kith.database.db;
  const now = new Date();
  const inTwoDays = ukToday(new Date(now.getTime() + 2 * 86_400_000));
  const aged121 = `${Number(ukToday(now).slice(0, 4)) - 122}-01-01`;
  const implausible = [inTwoDays, '2999-01-01', '1800-01-01', aged121];

  beforeAll(async () => {
    app = await buildTestApp();
    tenant = await createTestTenant(db());
    supervisor = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'supervisor' }]));
  });
  afterAll(() => app.close());

  const person = (dateOfBirth: string) => ({
    givenName: 'Morag',
    familyName: `Lind-${crypto.randomUUID().slice(0, 6)}`,
    dateOfBirth,
  });
  const pathsOf = (response: { json: () => { issues?: { path: string }[] } }) => response.json().issues?.map((i) => i.path);

  it.each(implausible)('POST /api/people refuses %s naming dateOfBirth', async (dateOfBirth) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/people',
      headers: supervisor.writeHeaders,
      payload: { organisationId: tenant.pcn, ...person(dateOfBirth) },
    });
    expect(response.statusCode).toBe(400);
    expect(pathsOf(response)).toEqual(['dateOfBirth']);
  });

  it.each(implausible)('POST /api/referrals refuses %s naming person.dateOfBirth', async (dateOfBirth) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/referrals',
      headers: supervisor.writeHeaders,
      payload: {
        organisationId: tenant.pcn,
        person: person(dateOfBirth),
        reasons: ['loneliness'],
        consent: { toReferral: true, toDataSharing: true },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(pathsOf(response)).toEqual(['person.dateOfBirth']);
  });

  it.each(implausible)('the public self-referral refuses %s naming person.dateOfBirth', async (dateOfBirth) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/public/self-referrals',
      remoteAddress: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
      payload: {
        organisationId: tenant.pcn,
        person: { ...person(dateOfBirth), postcode: 'cf10 1ep', phone: '07700 900123' },
        reasons: ['loneliness'],
        helpWanted: 'I would like to meet people nearby.',
        consent: { toReferral: true, toDataSharing: true },
        website: '',
        startedAt: Date.now() - 60_000,
      },
    });
    expect(response.statusCode).toBe(400);
    expect(pathsOf(response)).toEqual(['person.dateOfBirth']);
  });

  it('accepts a plausible date of birth, including today', async () => {
    for (const dateOfBirth of ['1961-07-14', ukToday(now)]) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/people',
        headers: supervisor.writeHeaders,
        payload: { organisationId: tenant.pcn, ...person(dateOfBirth) },
      });
      expect(response.statusCode).toBe(201);
    }
  });

  it('the CSV import names each implausible date by row and column', async () => {
    const csv = [
      'given_name,family_name,date_of_birth,postcode,reasons,consent_to_referral,consent_to_data_sharing',
      ...implausible.map((dob, i) => `Row${i},Person,${dob},LS1 4AP,loneliness,yes,yes`),
      'Fine,Person,1970-01-02,LS1 4AP,loneliness,yes,yes',
    ].join('\n');
    const response = await app.inject({
      method: 'POST',
      url: '/api/referrals/import',
      headers: supervisor.writeHeaders,
      payload: { organisationId: tenant.pcn, csv, dryRun: true },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ rows: 5, valid: 1 });
    expect(response.json().problems).toEqual(
      [2, 3, 4, 5].map((row) => expect.objectContaining({ row, column: 'date_of_birth' })),
    );
  });
});
