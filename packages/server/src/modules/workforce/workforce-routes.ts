import type { KithApp } from '../../http/kith-app.ts';

// Placeholder: registered in app.ts; the routes are being written.
export async function workforceRoutes(_app: KithApp): Promise<void> {}
