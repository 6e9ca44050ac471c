import { DEFAULT_PRESSURE_SETTINGS, DEFAULT_ROI_ASSUMPTIONS } from '@kith/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, signIn } from '../../../../test/tenant-test-data.ts';
import { withFreshDatabase } from '../../../../test/test-database.ts';
import { buildApp } from '../../../app.ts';
import { loadConfig } from '../../../config.ts';
import type { Database } from '../../../db/client.ts';
import { migrateDatabase } from '../../../db/migrate.ts';
import { auditEvents } from '../../../db/schema/index.ts';
import { createTestCases } from '../pressure/pressure-test-data.ts';

/**
 * The report settings are one row for the whole installation, so these tests run on a database
 * of their own: saving them here cannot change what other files' reports compute.
 */
async function withSettingsApp(work: (app: Awaited<ReturnType<typeof buildApp>>, database: Database) => Promise<void>) {
  await withFreshDatabase(async (database) => {
    await migrateDatabase(database);
    const config = loadConfig({ NODE_ENV: 'test', KITH_WEB_DIST: '', KITH_RATE_LIMIT_PER_MINUTE: '100000' });
    const app = await buildApp({ config, database, logger: false });
    try {
      await work(app, database);
    } finally {
      await app.close();
    }
  });
}

const saved = {
  pressure: { activeCapacityPerWte: 30, yearlyCapacityPerWte: 200, alertThresholdPercent: 120, alertAfterDays: 7 },
  roi: { gpConsultationCost: 39.5, aeAttendanceCost: 200, linkWorkerCostPerWte: 41000, attributionShare: 0.4 },
};

describe('report settings', () => {
  it('gives the defaults until an admin saves settings, which the reports then use; audited', async () => {
    await withSettingsApp(async (app, database) => {
      const db = database.db;
      const tenant = await createTestTenant(db);
      const admin = await signIn(app, await createTestUser(db, [{ organisationId: tenant.icb, role: 'admin' }]));
      const supervisorUser = await createTestUser(db, [{ organisationId: tenant.pcn, role: 'supervisor' }]);
      const supervisor = await signIn(app, supervisorUser);
      const worker = await createTestUser(db, [{ organisationId: tenant.pcn, role: 'link_worker' }]);
      await createTestCases(db, {
        pcnId: tenant.pcn,
        workerId: worker.id,
        count: 33,
        complexity: null,
        allocatedAt: '2001-01-01T10:00:00Z',
      });

      const before = await app.inject({ url: '/api/reports/settings', headers: { cookie: supervisor.cookie } });
      expect(before.statusCode).toBe(200);
      expect(before.json()).toEqual({ pressure: DEFAULT_PRESSURE_SETTINGS, roi: DEFAULT_ROI_ASSUMPTIONS, updatedAt: null });

      const put = await app.inject({ method: 'PUT', url: '/api/reports/settings', headers: admin.writeHeaders, payload: saved });
      expect(put.statusCode).toBe(200);
      expect(put.json()).toMatchObject(saved);
      const after = await app.inject({ url: '/api/reports/settings', headers: { cookie: admin.cookie } });
      expect(after.json()).toEqual({ ...saved, updatedAt: expect.any(String) });

      const [audit] = await db.select().from(auditEvents).where(eq(auditEvents.recordType, 'report_settings'));
      expect(audit).toMatchObject({
        action: 'update',
        recordId: 'default',
        detail: {
          changed: [
            'pressure.activeCapacityPerWte',
            'pressure.yearlyCapacityPerWte',
            'pressure.alertThresholdPercent',
            'pressure.alertAfterDays',
            'roi.gpConsultationCost',
            'roi.aeAttendanceCost',
            'roi.linkWorkerCostPerWte',
            'roi.attributionShare',
          ],
        },
      });

      // 33 open cases against the saved 30 per WTE: 110%, under the saved 120% threshold.
      const pressure = await app.inject({ url: '/api/reports/caseload-pressure', headers: { cookie: supervisor.cookie } });
      const row = pressure.json().tables.find((t: { id: string }) => t.id === 'workers').rows[0];
      expect(row).toMatchObject({ activeCases: 33, activeCapacity: 30, percentOfCapacity: 110 });
      expect(pressure.json().headlines[3]).toEqual({ label: 'Workers over 120% of capacity', value: 0, kind: 'count' });

      const roi = await app.inject({ url: '/api/reports/roi?attributionShare=0.25', headers: { cookie: supervisor.cookie } });
      const assumptions = roi.json().tables.find((t: { id: string }) => t.id === 'assumptions').rows;
      expect(assumptions.map((a: { value: number; source: string }) => [a.value, a.source])).toEqual([
        [39.5, 'Saved in the report settings'],
        [200, 'Saved in the report settings'],
        [41000, 'Saved in the report settings'],
        [0.25, 'Changed for this view'],
      ]);
    });
  });

  it('only admins save them; 400 names the field; other roles cannot read them', async () => {
    await withSettingsApp(async (app, database) => {
      const db = database.db;
      const tenant = await createTestTenant(db);
      const admin = await signIn(app, await createTestUser(db, [{ organisationId: tenant.icb, role: 'admin' }]));
      const manager = await signIn(app, await createTestUser(db, [{ organisationId: tenant.pcn, role: 'pcn_manager' }]));
      const worker = await signIn(app, await createTestUser(db, [{ organisationId: tenant.pcn, role: 'link_worker' }]));

      const byManager = await app.inject({
        method: 'PUT',
        url: '/api/reports/settings',
        headers: manager.writeHeaders,
        payload: saved,
      });
      expect(byManager.statusCode).toBe(403);
      const bad = await app.inject({
        method: 'PUT',
        url: '/api/reports/settings',
        headers: admin.writeHeaders,
        payload: { ...saved, pressure: { ...saved.pressure, alertAfterDays: 0 } },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().issues[0].path).toBe('pressure.alertAfterDays');
      expect((await app.inject({ url: '/api/reports/settings', headers: { cookie: worker.cookie } })).statusCode).toBe(403);
      expect((await app.inject({ url: '/api/reports/settings', headers: { cookie: manager.cookie } })).statusCode).toBe(200);
    });
  });
});
