import type { CommunityResource } from '@kith/shared';
import { Link } from 'react-router';
import { ButtonLink } from '../../components/button.tsx';
import { withArchivedView } from './resource-archive-view.ts';
import { type ResourceSearchParams, resourceSearchHref } from './resource-search-params.ts';

interface EditorActionsProps {
  search: ResourceSearchParams;
  showArchived: boolean;
}

/** Above the library, for editors: add a resource, and show or hide the archived ones (keeping the search). */
export function ResourceLibraryEditorActions({ search, showArchived }: EditorActionsProps) {
  return (
    <div className="kith-inline-actions">
      <ButtonLink className="nhsuk-u-margin-bottom-0" to="/community/resources/new">
        Add a resource
      </ButtonLink>
      <Link
        className="nhsuk-body nhsuk-u-margin-bottom-0"
        to={withArchivedView(resourceSearchHref({ ...search, page: 1 }), !showArchived)}
      >
        {showArchived ? 'Hide archived resources' : 'Show archived resources'}
      </Link>
    </div>
  );
}

/** On a resource in the library, for editors: whether it is archived, and a link to edit, archive or restore it (named for screen readers). */
export function ResourceEditorLinks({ resource }: { resource: CommunityResource }) {
  return (
    <p className="nhsuk-body-s">
      {resource.archived ? (
        <>
          <strong className="nhsuk-tag nhsuk-tag--grey">Archived</strong>{' '}
        </>
      ) : null}
      <Link to={`/community/resources/${resource.id}/edit`}>
        Edit<span className="nhsuk-u-visually-hidden"> “{resource.title}”</span>
      </Link>
    </p>
  );
}
