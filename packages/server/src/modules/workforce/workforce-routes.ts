import type { KithApp } from '../../http/kith-app.ts';
import { fundingPlanRoutes } from './funding-plan-routes.ts';
import { postRoutes } from './post-routes.ts';
import { referenceDataRoutes } from './reference-data-routes.ts';

/** Workforce planning: posts, ARRS reference data and the funding planner. */
export async function workforceRoutes(app: KithApp): Promise<void> {
  await postRoutes(app);
  await referenceDataRoutes(app);
  await fundingPlanRoutes(app);
}
