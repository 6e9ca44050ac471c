import { POST_KINDS } from '@kith/shared';
import { Link, useNavigate } from 'react-router';
import type { Checked } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormSelectField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { POST_KIND_LABELS } from './post-form-values.ts';
import { type PostListParams, postListHref } from './post-list-params.ts';

const KIND_OPTIONS = POST_KINDS.map((kind) => ({ value: kind, label: POST_KIND_LABELS[kind] }));

/** Filter posts by tag and kind. Applying changes the query string, so a view can be shared. */
export function PostFilterForm({ initial }: { initial: PostListParams }) {
  const navigate = useNavigate();
  const kith = useKithForm({
    defaultValues: { tag: initial.tag, kind: initial.kind as string },
    fieldOrder: ['tag', 'kind'],
    toRequest: ({ tag, kind }): Checked<Pick<PostListParams, 'tag' | 'kind'>> => ({
      ok: true,
      data: { tag, kind: POST_KINDS.find((k) => k === kind) ?? '' },
    }),
    onSubmit: async (filters) => navigate(postListHref({ ...filters, drafts: initial.drafts })),
  });
  const { control } = kith.form;

  return (
    <search>
      <KithFormFrame kith={kith} className="kith-filter-form">
        <h2 className="nhsuk-heading-s">Filter posts</h2>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <FormTextField control={control} name="tag" label="Tag" hint="For example, safeguarding" spellCheck={false} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <FormSelectField control={control} name="kind" label="Kind of post" options={KIND_OPTIONS} placeholder="Any kind" />
          </div>
        </div>
        <div className="nhsuk-button-group">
          <Button variant="secondary" type="submit">
            Apply filters
          </Button>
          {initial.tag || initial.kind ? (
            <Link className="nhsuk-link" to={postListHref({ drafts: initial.drafts })}>
              Clear filters
            </Link>
          ) : null}
        </div>
      </KithFormFrame>
    </search>
  );
}
