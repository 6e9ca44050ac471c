import type { ReactNode } from 'react';

/**
 * Placeholder: this feature's <Route> elements, returned as a fragment and placed inside the
 * signed-in part of the route table (routes/app-routes.tsx).
 */
export function workforceRoutes(): ReactNode {
  return null;
}
