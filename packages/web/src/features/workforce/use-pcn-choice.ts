import type { WorkforcePcn } from '@kith/shared';
import { useSearchParams } from 'react-router';
import { useWorkforcePcns } from './workforce-queries.ts';

/**
 * The PCN a workforce page is about: `?pcnId=` when it is one of mine, otherwise my first PCN.
 * Most PCN managers have one PCN, so the choice only shows when there are several.
 */
export function usePcnChoice() {
  const pcns = useWorkforcePcns();
  const [searchParams, setSearchParams] = useSearchParams();
  const wanted = searchParams.get('pcnId');
  const items: WorkforcePcn[] = pcns.data ?? [];
  const pcn = items.find((p) => p.id === wanted) ?? items[0];
  const choose = (pcnId: string) => {
    const next = new URLSearchParams(searchParams);
    next.set('pcnId', pcnId);
    // Another PCN's list starts at its first page.
    next.delete('page');
    setSearchParams(next);
  };
  return { pcns, items, pcn, choose };
}
