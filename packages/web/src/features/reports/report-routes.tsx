import type { ReactNode } from 'react';

/** Placeholder: the impact and pressure report screens (issue 5, being built). */
export function reportRoutes(): ReactNode {
  return null;
}
