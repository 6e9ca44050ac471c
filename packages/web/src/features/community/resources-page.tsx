import { COMMUNITY_RESOURCE_KIND_LABELS, type CommunityResource } from '@kith/shared';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useResources } from './resource-queries.ts';
import { ResourceSearchForm } from './resource-search-form.tsx';
import { hasResourceFilters, RESOURCES_PAGE_SIZE, readResourceSearch, resourceSearchHref } from './resource-search-params.ts';

/** One resource: its title opens the guide or page itself (on another site). */
function ResourceCard({ resource }: { resource: CommunityResource }) {
  return (
    <li className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m">
          <a href={resource.url} rel="noopener noreferrer">
            {resource.title}
          </a>
        </h2>
        <p className="nhsuk-body-s kith-comment__meta">
          <strong className="nhsuk-tag nhsuk-tag--blue">{COMMUNITY_RESOURCE_KIND_LABELS[resource.kind]}</strong>{' '}
          <Link to={resourceSearchHref({ category: resource.category })}>
            <span className="nhsuk-u-visually-hidden">Category: </span>
            {resource.category}
          </Link>
        </p>
        {resource.summary ? <p className="nhsuk-card__description">{resource.summary}</p> : null}
        {resource.tags.length > 0 ? <p className="nhsuk-body-s">Tags: {resource.tags.join(', ')}</p> : null}
      </div>
    </li>
  );
}

/** `/community/resources`: guides, checklists, toolkits and links, searched by words, category and kind. Open to visitors. */
export function ResourcesPage() {
  usePageTitle('Resources library');
  const [searchParams] = useSearchParams();
  const params = readResourceSearch(searchParams);
  const resources = useResources(params);

  return (
    <>
      <Link className="nhsuk-back-link" to="/community">
        Community
      </Link>
      <h1>Resources library</h1>
      <p className="nhsuk-body">
        Guides, checklists, toolkits and links for social prescribing, chosen by the community’s editors.
      </p>
      <ResourceSearchForm key={searchParams.toString()} initial={params} />
      {resources.isPending ? <LoadingState what="resources" /> : null}
      {resources.isError ? (
        <ErrorState error={resources.error} what="resources" onRetry={() => void resources.refetch()} />
      ) : null}
      {resources.data ? (
        <>
          <PaginationNav
            page={resources.data.page}
            pageSize={resources.data.pageSize || RESOURCES_PAGE_SIZE}
            total={resources.data.total}
            noun="resources"
            hrefFor={(page) => resourceSearchHref({ ...params, page })}
          />
          {resources.data.items.length === 0 ? (
            <p className="nhsuk-body">
              {hasResourceFilters(params)
                ? 'Nothing in the library matches this search. Try fewer words, or another category.'
                : 'The library is empty at the moment.'}
            </p>
          ) : (
            <ul className="nhsuk-list">
              {resources.data.items.map((resource) => (
                <ResourceCard key={resource.id} resource={resource} />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </>
  );
}
