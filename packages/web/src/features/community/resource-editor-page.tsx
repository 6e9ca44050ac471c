import type { CommunityResource } from '@kith/shared';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../components/error-state.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ResourceArchivePanel } from './resource-archive-panel.tsx';
import { withArchivedView } from './resource-archive-view.ts';
import { useCreateResource, useResource, useUpdateResource } from './resource-editor-queries.ts';
import { ResourceForm, type ResourceSave } from './resource-form.tsx';
import { emptyResourceValues, valuesFromResource } from './resource-form-values.ts';
import { resourceSearchHref } from './resource-search-params.ts';

/** After saving, the library opens on the resource's category (archived ones shown if it is archived), so the editor sees it in place. */
function libraryHrefFor(resource: CommunityResource): string {
  return withArchivedView(resourceSearchHref({ category: resource.category }), resource.archived);
}

/** `/community/resources/new` (editors). */
export function NewResourcePage() {
  usePageTitle('Add a resource');
  const navigate = useNavigate();
  const create = useCreateResource();

  const onSave = async (save: ResourceSave) => {
    if (save.mode !== 'create') return;
    const resource = await create.mutateAsync(save.request);
    const state: FlashState = { flash: `“${resource.title}” has been added to the library` };
    navigate(libraryHrefFor(resource), { state });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" to="/community/resources">
          Resources library
        </Link>
        <ResourceForm
          intro={
            <>
              <h1>Add a resource</h1>
              <p className="nhsuk-body">
                A guide, checklist, toolkit or link on another website. Everyone, including visitors, can find it in the library.
              </p>
            </>
          }
          initial={emptyResourceValues()}
          mode="create"
          onSave={onSave}
        />
      </div>
    </div>
  );
}

/** `/community/resources/:id/edit` (editors): change the details, archive it or restore it. */
export function EditResourcePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const resource = useResource(id);
  const update = useUpdateResource(id);
  usePageTitle(resource.data ? `Edit “${resource.data.title}”` : 'Edit resource');

  if (resource.isPending) return <LoadingState what="the resource" />;
  if (resource.isError) {
    return (
      <>
        <h1>Edit resource</h1>
        <ErrorState error={resource.error} what="the resource" onRetry={() => void resource.refetch()} />
        <p className="nhsuk-body">
          <Link to="/community/resources">Go to the resources library</Link>
        </p>
      </>
    );
  }

  const onSave = async (save: ResourceSave) => {
    if (save.mode !== 'update') return;
    const saved = Object.keys(save.request).length === 0 ? resource.data : await update.mutateAsync(save.request);
    const state: FlashState = { flash: 'Your changes have been saved' };
    navigate(libraryHrefFor(saved), { state });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" to={withArchivedView('/community/resources', resource.data.archived)}>
          Resources library
        </Link>
        <ResourceForm
          intro={
            <>
              <h1>Edit “{resource.data.title}”</h1>
              {resource.data.archived ? (
                <p className="nhsuk-body">
                  <strong className="nhsuk-tag nhsuk-tag--grey">Archived</strong> Readers do not see this resource.
                </p>
              ) : null}
            </>
          }
          initial={valuesFromResource(resource.data)}
          mode="update"
          onSave={onSave}
        />
        <ResourceArchivePanel resource={resource.data} />
      </div>
    </div>
  );
}
