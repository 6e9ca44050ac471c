import { COMMUNITY_RESOURCE_KIND_LABELS, type CommunityResource } from '@kith/shared';
import { Link, useLocation, useSearchParams } from 'react-router';
import { readFlash } from '../../components/flash-state.ts';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useCommunityMe } from './community-me-queries.ts';
import { readShowArchived, withArchivedView } from './resource-archive-view.ts';
import { ResourceEditorLinks, ResourceLibraryEditorActions } from './resource-editor-links.tsx';
import { useLibraryResources } from './resource-editor-queries.ts';
import { ResourceSearchForm } from './resource-search-form.tsx';
import { hasResourceFilters, readResourceSearch, resourceSearchHref } from './resource-search-params.ts';

/** One resource: its title opens the guide or page itself (on another site). Editors also get a link to edit it. */
function ResourceCard({ resource, isEditor }: { resource: CommunityResource; isEditor: boolean }) {
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
        {isEditor ? <ResourceEditorLinks resource={resource} /> : null}
      </div>
    </li>
  );
}

/**
 * `/community/resources`: guides, checklists, toolkits and links, searched by words, category and
 * kind. Open to visitors; editors add and edit resources and can include archived ones.
 */
export function ResourcesPage() {
  usePageTitle('Resources library');
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const flash = readFlash(location.state);
  const isEditor = useCommunityMe().data?.isEditor ?? false;
  const params = readResourceSearch(searchParams);
  const showArchived = isEditor && readShowArchived(searchParams);
  const resources = useLibraryResources(params, showArchived);

  return (
    <>
      <Link className="nhsuk-back-link" to="/community">
        Community
      </Link>
      <SuccessBanner message={flash?.flash} detail={flash?.flashDetail} />
      <h1>Resources library</h1>
      <p className="nhsuk-body">
        Guides, checklists, toolkits and links for social prescribing, chosen by the community’s editors.
      </p>
      {isEditor ? <ResourceLibraryEditorActions search={params} showArchived={showArchived} /> : null}
      {showArchived ? <p className="nhsuk-body">Showing archived resources too. Readers do not see them.</p> : null}
      <ResourceSearchForm key={searchParams.toString()} initial={params} showArchived={showArchived} />
      <QueryState query={resources} what="resources">
        {(data) => (
          <>
            <PaginationNav
              of={data}
              noun="resources"
              hrefFor={(page) => withArchivedView(resourceSearchHref({ ...params, page }), showArchived)}
            />
            {data.items.length === 0 ? (
              <p className="nhsuk-body">
                {hasResourceFilters(params)
                  ? 'Nothing in the library matches this search. Try fewer words, or another category.'
                  : 'The library is empty at the moment.'}
              </p>
            ) : (
              <ul className="nhsuk-list">
                {data.items.map((resource) => (
                  <ResourceCard key={resource.id} resource={resource} isEditor={isEditor} />
                ))}
              </ul>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
