import { Link } from 'react-router';

interface PaginationNavProps {
  /** The page as the API answered it (every paged list answers `{ items, total, page, pageSize }`). */
  of: { page: number; pageSize: number; total: number };
  /** Builds the link for a page number, keeping the current filters. */
  hrefFor: (page: number) => string;
  /** What is being paged, e.g. "users". */
  noun: string;
}

/**
 * "Showing 1 to 25 of 40 users (page 1 of 2)", announced politely when it changes, with NHS
 * previous/next links in a labelled nav. Every paged list screen uses it (see `use-page-param.ts`).
 */
export function PaginationNav({ of: { page, pageSize, total }, hrefFor, noun }: PaginationNavProps) {
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  // Every list screen says in its own words that there is nothing to show.
  if (total === 0) return null;
  if (first > total) {
    // An old link (the list has shrunk since): say so and offer the real last page.
    return (
      <p className="nhsuk-body" aria-live="polite">
        There is no page {page} of {noun}. <Link to={hrefFor(lastPage)}>Go to page {lastPage}, the last page</Link>
      </p>
    );
  }

  return (
    <>
      <p className="nhsuk-body" aria-live="polite">
        {`Showing ${first} to ${last} of ${total} ${noun}`}
        {lastPage > 1 ? <span aria-current="page">{` (page ${page} of ${lastPage})`}</span> : null}
      </p>
      {lastPage > 1 ? (
        <nav className="nhsuk-pagination" aria-label={`Pages of ${noun}`}>
          <ul className="nhsuk-list nhsuk-pagination__list">
            {page > 1 ? (
              <li className="nhsuk-pagination-item--previous">
                <Link className="nhsuk-pagination__link nhsuk-pagination__link--prev" to={hrefFor(page - 1)} rel="prev">
                  <span className="nhsuk-pagination__title">Previous</span>
                  <span className="nhsuk-u-visually-hidden">:</span>
                  <span className="nhsuk-pagination__page">
                    Page {page - 1} of {lastPage}
                  </span>
                </Link>
              </li>
            ) : null}
            {page < lastPage ? (
              <li className="nhsuk-pagination-item--next">
                <Link className="nhsuk-pagination__link nhsuk-pagination__link--next" to={hrefFor(page + 1)} rel="next">
                  <span className="nhsuk-pagination__title">Next</span>
                  <span className="nhsuk-u-visually-hidden">:</span>
                  <span className="nhsuk-pagination__page">
                    Page {page + 1} of {lastPage}
                  </span>
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
