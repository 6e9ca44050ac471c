import { type ComponentType, lazy } from 'react';

/**
 * A page loaded only when first visited, so each user downloads the screens their role uses and
 * the first page appears sooner. Pages are named exports; `lazy` wants a default one.
 */
export function lazyPage<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] }));
}
