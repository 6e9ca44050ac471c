import { POST_KINDS } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../components/button.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { POST_KIND_LABELS } from './post-form-values.ts';
import { type PostListParams, postListHref } from './post-list-params.ts';

const KIND_OPTIONS = POST_KINDS.map((kind) => ({ value: kind, label: POST_KIND_LABELS[kind] }));

/** Filter posts by tag and kind. Applying changes the query string, so a view can be shared. */
export function PostFilterForm({ initial }: { initial: PostListParams }) {
  const navigate = useNavigate();
  const [tag, setTag] = useState(initial.tag);
  const [kind, setKind] = useState<string>(initial.kind);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(postListHref({ tag, kind: POST_KINDS.find((k) => k === kind) ?? '', drafts: initial.drafts }));
  };

  return (
    <search>
      <form className="kith-filter-form" onSubmit={submit} noValidate>
        <h2 className="nhsuk-heading-s">Filter posts</h2>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <TextField id="tag" label="Tag" hint="For example, safeguarding" value={tag} onChange={setTag} spellCheck={false} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <SelectField
              id="kind"
              label="Kind of post"
              value={kind}
              onChange={setKind}
              options={KIND_OPTIONS}
              placeholder="Any kind"
            />
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
      </form>
    </search>
  );
}
