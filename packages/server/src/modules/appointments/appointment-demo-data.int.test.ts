import { appointmentInstant, ukToday } from '@kith/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestReferral } from '../../../test/pathway-test-data.ts';
import { createTestTenant, createTestUser } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import { loadDemoAppointments } from './appointment-demo-data.ts';
import { appointmentsForWorker } from './appointment-queries.ts';

describe('demo appointments', () => {
  let app: KithApp;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  it('give a link worker appointments today and later this week, relative to now, on their open cases', async () => {
    const db = app.kith.database.db;
    const tenant = await createTestTenant(db);
    const worker = await createTestUser(db, [{ organisationId: tenant.pcn, role: 'link_worker' }]);
    for (const status of ['active', 'allocated', 'discharged'] as const) {
      await createTestReferral(db, { organisationId: tenant.pcn, assignedWorkerId: worker.id, referrerUserId: null, status });
    }
    const now = new Date();
    expect(await loadDemoAppointments(db, { now, workerEmail: worker.email })).toBe(9);
    const midnight = (days: number) => {
      const read = appointmentInstant(ukToday(new Date(now.getTime() + days * 86_400_000)), '00:00');
      if (!read.ok) throw new Error('no UK midnight');
      return read.instant.toISOString();
    };
    const today = await appointmentsForWorker(db, worker.id, midnight(0), midnight(1));
    expect(today.map((a) => a.status)).toEqual(['booked', 'booked', 'booked', 'booked']);
    const week = await appointmentsForWorker(db, worker.id, midnight(0), midnight(7));
    expect(week).toHaveLength(9);
    expect(week.filter((a) => a.status === 'cancelled')).toHaveLength(1);
    // Only the open cases get appointments.
    expect(new Set(week.map((a) => a.referralId)).size).toBe(2);
  });
});
