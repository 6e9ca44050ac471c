import { COMMUNITY_RESOURCE_KIND_LABELS, COMMUNITY_RESOURCE_KINDS } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../components/button.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
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
  const [q, setQ] = useState(initial.q);
  const [category, setCategory] = useState(initial.category);
  const [kind, setKind] = useState<string>(initial.kind);
  // A category from a shared link stays choosable even if nothing is filed under it any more.
  const categoryNames = [...new Set([...(categories.data?.items.map((item) => item.category) ?? []), initial.category])].filter(
    Boolean,
  );
  const counts = new Map(categories.data?.items.map((item) => [item.category, item.count]));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const href = resourceSearchHref({ q, category, kind: COMMUNITY_RESOURCE_KINDS.find((k) => k === kind) ?? '' });
    navigate(withArchivedView(href, showArchived));
  };

  return (
    <search>
      <form className="kith-filter-form" onSubmit={submit} noValidate>
        <h2 className="nhsuk-heading-s">Search the library</h2>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <TextField id="q" label="Words" hint="In the title, summary or tags" type="search" value={q} onChange={setQ} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <SelectField
              id="category"
              label="Category"
              hint={categories.isError ? 'Categories could not be loaded' : 'Topics the library covers'}
              value={category}
              onChange={setCategory}
              options={categoryNames.map((name) => ({
                value: name,
                label: counts.has(name) ? `${name} (${counts.get(name)})` : name,
              }))}
              placeholder="Any category"
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <SelectField
              id="kind"
              label="Kind"
              hint="Guide, checklist, toolkit or link"
              value={kind}
              onChange={setKind}
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
      </form>
    </search>
  );
}
