import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../routes/lazy-page.ts';
import { RequirePermission } from '../../routes/require-permission.tsx';

// Loaded when first visited, so the charting library never enters the main bundle.
const ReportsIndexPage = lazyPage(() => import('./reports-index-page.tsx'), 'ReportsIndexPage');
const ReportPage = lazyPage(() => import('./report-page.tsx'), 'ReportPage');
const EvidencePackPage = lazyPage(() => import('./evidence-pack-page.tsx'), 'EvidencePackPage');
const ReportSettingsPage = lazyPage(() => import('./report-settings-page.tsx'), 'ReportSettingsPage');

/**
 * The impact and pressure reports for supervisors, PCN managers and commissioners (who see
 * aggregates only: the server suppresses small numbers whatever the page asks for), and their
 * settings for administrators.
 */
export function reportRoutes(): ReactNode {
  return (
    <>
      <Route path="reports" element={<RequirePermission permission="reports:view" />}>
        <Route index element={<ReportsIndexPage />} />
        <Route path="evidence-pack" element={<EvidencePackPage />} />
        <Route path=":reportId" element={<ReportPage />} />
      </Route>
      <Route path="reports/settings" element={<RequirePermission permission="reports:configure" />}>
        <Route index element={<ReportSettingsPage />} />
      </Route>
    </>
  );
}
