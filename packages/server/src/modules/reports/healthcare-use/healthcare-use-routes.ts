import type { KithApp } from '../../../http/kith-app.ts';

/** Placeholder: GET/PUT /api/referrals/:id/healthcare-use (issue 5, being built). */
export async function healthcareUseRoutes(_app: KithApp): Promise<void> {}
