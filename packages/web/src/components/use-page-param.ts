import { useLocation, useSearchParams } from 'react-router';

/** The page size every paged list screen asks for unless it has a reason not to. */
export const LIST_PAGE_SIZE = 50;

/** A 1-based page number from a query-string value; anything malformed is page 1. */
export function readPage(value: string | null): number {
  const page = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(page) && page >= 1 ? page : 1;
}

/**
 * The current page of a list kept in the URL (`?page=`, or `name` when a screen shows several
 * lists), and the link to another page that keeps every other query-string value (the filters).
 */
export function usePageParam(name = 'page'): { page: number; hrefFor: (page: number) => string } {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const hrefFor = (page: number) => {
    const next = new URLSearchParams(searchParams);
    if (page > 1) next.set(name, String(page));
    else next.delete(name);
    const query = next.toString();
    return query ? `${location.pathname}?${query}` : location.pathname;
  };
  return { page: readPage(searchParams.get(name)), hrefFor };
}
