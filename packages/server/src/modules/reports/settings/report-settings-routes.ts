import { ReportSettings, UpdateReportSettingsRequest } from '@kith/shared';
import type { KithApp } from '../../../http/kith-app.ts';
import { readReportSettings, updateReportSettings } from './report-settings-service.ts';

/** Caseload capacity, the supervisor alert and the saved ROI assumptions: read by report users, kept by admins. */
export async function reportSettingsRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['reports'];

  app.get(
    '/api/reports/settings',
    {
      schema: {
        tags,
        summary: 'Caseload capacity, alert thresholds and ROI assumptions (the defaults until an admin saves them)',
        response: { 200: ReportSettings },
      },
    },
    async (request) => readReportSettings(db, request.ctx),
  );

  app.put(
    '/api/reports/settings',
    {
      schema: {
        tags,
        summary: 'Save the caseload capacity, alert thresholds and ROI assumptions (admins)',
        body: UpdateReportSettingsRequest,
        response: { 200: ReportSettings },
      },
    },
    async (request) => updateReportSettings(db, request.ctx, request.body),
  );
}
