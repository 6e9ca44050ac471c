import type { KithApp } from '../../../http/kith-app.ts';

/** Placeholder: GET/PUT /api/reports/settings (issue 5, being built). */
export async function reportSettingsRoutes(_app: KithApp): Promise<void> {}
