import type { TaxonomyTerm } from '@kith/shared';
import { useEffect, useMemo } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import type { FormIssue } from '../../api/form-issues.ts';
import { ButtonLink } from '../../components/button.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { can } from '../session/can.ts';
import { useMe } from '../session/session-queries.ts';
import { resultCountHeading } from './directory-format.ts';
import { useDirectoryStart, useServiceSearch, useTaxonomyTerms } from './directory-queries.ts';
import {
  type DirectorySearchParams,
  directorySearchHref,
  hasSearchFilters,
  readSearchParams,
  SEARCH_FIELD_ORDER,
  withSearchStart,
} from './directory-search-params.ts';
import { joinWords } from './opening-times.ts';
import { ResultsMapPanel } from './results-map-panel.tsx';
import { unmetNeedHref } from './search-page-values.ts';
import { ServiceResultList } from './service-result-list.tsx';
import { ServiceSearchForm } from './service-search-form.tsx';

/** A bad need id is reported as `need.2`; the form has one box for all needs. */
function searchIssues(error: unknown): FormIssue[] {
  if (!isApiError(error, 'validation')) return [];
  const paths: readonly string[] = SEARCH_FIELD_ORDER;
  const issues = error.issues.length > 0 ? error.issues : [{ path: '', message: error.message }];
  return issues.map((issue) => {
    const path = issue.path.replace(/^need\.\d+$/, 'need');
    return { ...issue, path: paths.includes(path) ? path : '' };
  });
}

/** "Searching for Physical activity and Befriending near BW1 1AA". */
function describeSearch(params: DirectorySearchParams, terms: readonly TaxonomyTerm[]): string {
  const needs = params.need.map((id) => terms.find((term) => term.id === id)?.name).filter((name): name is string => !!name);
  const what = needs.length > 0 ? joinWords(needs) : 'any service';
  return params.postcode ? `Searching for ${what} near ${params.postcode}` : `Searching for ${what}`;
}

interface NoResultsProps {
  personId: string;
  needs: readonly string[];
  /** Whether the user may record unmet needs at all. */
  mayRecord: boolean;
}

/** Nothing matched: say so, suggest how to widen the search, and offer to record the need that went unmet. */
function NoResults({ personId, needs, mayRecord }: NoResultsProps) {
  return (
    <>
      <p className="nhsuk-body">No services match all of these filters. You could try:</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>fewer needs, or a broader need</li>
        <li>a larger distance from the postcode</li>
        <li>taking out the day, time, age or waiting time</li>
        <li>unticking "Open to referrals" or "Free only"</li>
        <li>different search words</li>
      </ul>
      {mayRecord && personId ? (
        <>
          <p className="nhsuk-body">If nothing nearby can help, record the need so commissioners can see the gap.</p>
          <ButtonLink variant="secondary" to={unmetNeedHref(personId, needs)}>
            Record an unmet need
          </ButtonLink>
        </>
      ) : null}
      {mayRecord && !personId ? <p className="nhsuk-body">To record an unmet need, search from the person's record.</p> : null}
    </>
  );
}

/**
 * `/directory`: find a community service. The filters live in the address. Opened from a person's
 * record (`?personId=`), the search starts from their postcode and needs and offers "Refer".
 */
export function DirectorySearchPage() {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const params = readSearchParams(searchParams);
  const { personId } = params;
  const starting = personId !== '' && !hasSearchFilters(searchParams);
  const start = useDirectoryStart(starting ? personId : '');
  const terms = useTaxonomyTerms();
  const search = useServiceSearch(params, !starting);
  const here = `${location.pathname}${location.search}`;

  // Replace the bare `?personId=` address so Back goes to the person, not to a page that redirects.
  useEffect(() => {
    if (starting && start.data) {
      navigate(directorySearchHref(withSearchStart(readSearchParams(searchParams), start.data)), { replace: true });
    }
  }, [starting, start.data, searchParams, navigate]);

  // Shown by the form in its error summary, at the top of the page.
  const serverIssues = useMemo(() => searchIssues(search.error), [search.error]);
  usePageTitle('Find a service', serverIssues.length > 0);
  const results = search.data;
  const updating = search.isFetching && search.isPlaceholderData;
  const me = useMe();
  const mayRecordUnmetNeed = can(me.data, 'unmet-needs:record');

  return (
    <ServiceSearchForm
      initial={params}
      terms={terms.data ?? []}
      serverIssues={serverIssues}
      intro={
        <>
          <h1>Find a service</h1>
          {personId ? (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>{starting ? "Finding the person's postcode and needs…" : describeSearch(params, terms.data ?? [])}.</p>
              <p>
                <Link to={`/people/${encodeURIComponent(personId)}`}>Back to the person's record</Link>
              </p>
            </div>
          ) : null}
          {start.isError ? (
            <ErrorState error={start.error} what="the person's postcode and needs" onRetry={() => void start.refetch()} />
          ) : null}
        </>
      }
      notice={
        terms.isError ? <ErrorState error={terms.error} what="the list of needs" onRetry={() => void terms.refetch()} /> : null
      }
      results={
        <>
          {search.isPending && !starting ? <LoadingState what="services" /> : null}
          {/* A new search keeps the last results on screen until its own arrive: say that it is loading. */}
          {updating ? <LoadingState what="the new results" /> : null}
          {search.isError && !isApiError(search.error, 'validation') ? (
            <ErrorState error={search.error} what="services" onRetry={() => void search.refetch()} />
          ) : null}
          {search.isError && isApiError(search.error, 'validation') ? (
            <p className="nhsuk-body">Correct the search to see services.</p>
          ) : null}
          {results && !search.isError ? (
            <section
              aria-labelledby="results-heading"
              aria-busy={updating}
              className={updating ? 'kith-results-updating' : undefined}
            >
              <h2 id="results-heading">{resultCountHeading(results.total)}</h2>
              {results.items.length === 0 ? (
                <NoResults personId={personId} needs={params.need} mayRecord={mayRecordUnmetNeed} />
              ) : (
                <div className="kith-results-with-map">
                  <ServiceResultList services={results.items} personId={personId} searchHref={here} />
                  <ResultsMapPanel services={results.items} postcode={params.postcode} personId={personId} searchHref={here} />
                </div>
              )}
              <PaginationNav of={results} noun="services" hrefFor={(page) => directorySearchHref({ ...params, page })} />
              {personId && mayRecordUnmetNeed && results.items.length > 0 ? (
                <p className="nhsuk-body">
                  <Link to={unmetNeedHref(personId, params.need)}>Nothing suitable? Record an unmet need</Link>
                </p>
              ) : null}
            </section>
          ) : null}
        </>
      }
    />
  );
}
