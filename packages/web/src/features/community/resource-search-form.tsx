import { COMMUNITY_RESOURCE_KIND_LABELS, COMMUNITY_RESOURCE_KINDS } from '@kith/shared';
import { Link, useNavigate } from 'react-router';
import type { Checked } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormSelectField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { withArchivedView } from './resource-archive-view.ts';
import { useResourceCategories } from './resource-queries.ts';
import { hasResourceFilters, type ResourceSearchParams, resourceSearchHref } from './resource-search-params.ts';

const KIND_OPTIONS = COMMUNITY_RESOURCE_KINDS.map((kind) => ({ value: kind, label: COMMUNITY_RESOURCE_KIND_LABELS[kind] }));

/**
 * Words, a category and a kind. Searching changes the query string, so a search can be shared;
 * an editor's archived view stays on across searches.
 */
export function ResourceSearchForm({ initial, showArchived }: { initial: ResourceSearchParams; showArchived: boolean }) {
  const navigate = useNavigate();
  const categories = useResourceCategories();
  const kith = useKithForm({
    defaultValues: { q: initial.q, category: initial.category, kind: initial.kind as string },
    fieldOrder: ['q', 'category', 'kind'],
    toRequest: (values): Checked<Omit<ResourceSearchParams, 'page'>> => ({
      ok: true,
      data: { ...values, kind: COMMUNITY_RESOURCE_KINDS.find((k) => k === values.kind) ?? '' },
    }),
    onSubmit: async (search) => navigate(withArchivedView(resourceSearchHref(search), showArchived)),
  });
  const { control } = kith.form;
  // A category from a shared link stays choosable even if nothing is filed under it any more.
  const categoryNames = [...new Set([...(categories.data?.items.map((item) => item.category) ?? []), initial.category])].filter(
    Boolean,
  );
  const counts = new Map(categories.data?.items.map((item) => [item.category, item.count]));

  return (
    <search>
      <KithFormFrame kith={kith} className="kith-filter-form">
        <h2 className="nhsuk-heading-s">Search the library</h2>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <FormTextField control={control} name="q" label="Words" hint="In the title, summary or tags" type="search" />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <FormSelectField
              control={control}
              name="category"
              label="Category"
              hint={categories.isError ? 'Categories could not be loaded' : 'Topics the library covers'}
              options={categoryNames.map((name) => ({
                value: name,
                label: counts.has(name) ? `${name} (${counts.get(name)})` : name,
              }))}
              placeholder="Any category"
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <FormSelectField
              control={control}
              name="kind"
              label="Kind"
              hint="Guide, checklist, toolkit or link"
              options={KIND_OPTIONS}
              placeholder="Any kind"
            />
          </div>
        </div>
        <div className="nhsuk-button-group">
          <Button variant="secondary" type="submit">
            Search
          </Button>
          {hasResourceFilters(initial) ? (
            <Link className="nhsuk-link" to={withArchivedView('/community/resources', showArchived)}>
              Clear search
            </Link>
          ) : null}
        </div>
      </KithFormFrame>
    </search>
  );
}
