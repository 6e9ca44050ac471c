import { CreateCommunityPostRequest, guestAuthorProblem, type PostKind, UpdateCommunityPostRequest } from '@kith/shared';
import { useRef } from 'react';
import { type Checked, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormRadiosField, FormTextareaField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import {
  POST_FIELD_ORDER,
  POST_KIND_LABELS,
  type PostFormValues,
  toCreatePostRequest,
  toUpdatePostRequest,
} from './post-form-values.ts';
import { asSave, type CommunityFormProps, type CommunitySave, useCommunityForm } from './use-community-form.ts';

const KIND_HINTS: Record<PostKind, string> = {
  blog: 'Written by you for the community. Saved as a draft until you publish it.',
  guest_blog: 'Written by someone else, posted by you with their name. Saved as a draft until you publish it.',
  discussion: 'A question or topic for members to talk about. Published straight away.',
};

export type PostSave =
  | { mode: 'create'; request: CreateCommunityPostRequest; publish: boolean }
  | { mode: 'update'; request: UpdateCommunityPostRequest };

type PostRequest = CommunitySave<CreateCommunityPostRequest, UpdateCommunityPostRequest>;

interface PostFormProps extends CommunityFormProps<PostFormValues, PostSave> {
  /** Create: the kinds the reader may write. Edit: the post's kind only (it cannot change). */
  kinds: readonly PostKind[];
}

/** Writing or editing a post: kind, title, guest author, summary, tags, Markdown body and who can read it. */
export function PostForm({ kinds, initial, mode, onSave, intro }: PostFormProps) {
  // Which submit button was pressed (Enter in a text box presses the first): publish, or keep a draft.
  const publishing = useRef(false);

  const toRequest = (values: PostFormValues): Checked<PostRequest> => {
    if (mode === 'create') return asSave(mode, validateWith(CreateCommunityPostRequest, toCreatePostRequest(values)));
    // The create schema checks the guest-author rule itself; an edit cannot change the kind, so
    // its request does not carry it and the same shared rule is checked here with the post's kind.
    const checked = validateWith(UpdateCommunityPostRequest, toUpdatePostRequest(initial, values));
    const guestProblem = guestAuthorProblem(values.kind, values.guestAuthor);
    if (!guestProblem) return asSave(mode, checked);
    return { ok: false, issues: [{ path: 'guestAuthor', message: guestProblem }, ...(checked.ok ? [] : checked.issues)] };
  };

  const kith = useCommunityForm({
    initial,
    fieldOrder: POST_FIELD_ORDER,
    toRequest,
    onSubmit: (save: PostRequest) => onSave(save.mode === 'create' ? { ...save, publish: publishing.current } : save),
  });
  const { control } = kith.form;
  const { values } = kith;
  const isDiscussion = values.kind === 'discussion';
  const pressed = (publish: boolean) => () => {
    publishing.current = publish;
  };

  return (
    <KithFormFrame kith={kith} linkablePaths={POST_FIELD_ORDER} intro={intro}>
      {mode === 'create' && kinds.length > 1 ? (
        <FormRadiosField
          control={control}
          name="kind"
          legend="What are you writing?"
          items={kinds.map((kind) => ({ value: kind, label: POST_KIND_LABELS[kind], hint: KIND_HINTS[kind] }))}
        />
      ) : (
        <p className="nhsuk-body">
          <strong>{POST_KIND_LABELS[values.kind]}.</strong> {mode === 'create' ? KIND_HINTS[values.kind] : null}
        </p>
      )}
      <FormTextField control={control} name="title" label="Title" />
      {values.kind === 'guest_blog' ? (
        <FormTextField
          control={control}
          name="guestAuthor"
          label="Guest author"
          hint="Who wrote it, as it should appear, for example: Priya Shah, Riverside Community Trust"
        />
      ) : null}
      <FormTextareaField
        control={control}
        name="summary"
        label="Summary (optional)"
        hint="One or two sentences shown in lists of posts. Up to 500 characters."
        rows={2}
      />
      <FormTextField
        control={control}
        name="tags"
        label="Tags (optional)"
        hint="Separate tags with commas, for example: safeguarding, supervision. Up to 10."
        spellCheck={false}
      />
      <FormTextareaField
        control={control}
        name="bodyMarkdown"
        label={isDiscussion ? 'What would you like to discuss?' : 'Text of the post'}
        hint="You can use Markdown: **bold**, _italic_, [link text](https://example.org), lists starting with - and headings starting with ##. HTML is shown as text."
        rows={14}
      />
      <FormRadiosField
        control={control}
        name="visibility"
        legend="Who can read it?"
        items={[
          { value: 'public', label: 'Anyone, including visitors who are not signed in' },
          { value: 'members', label: 'Registered members only' },
        ]}
      />
      <div className="nhsuk-button-group">
        {mode === 'update' ? (
          <Button type="submit" value="save" pending={kith.pending} pendingLabel="Saving…">
            Save changes
          </Button>
        ) : isDiscussion ? (
          <Button type="submit" value="publish" onClick={pressed(true)} pending={kith.pending} pendingLabel="Publishing…">
            Publish discussion
          </Button>
        ) : (
          <>
            <Button type="submit" value="publish" onClick={pressed(true)} pending={kith.pending} pendingLabel="Saving…">
              Save and publish
            </Button>
            <Button variant="secondary" type="submit" value="draft" onClick={pressed(false)} pending={kith.pending}>
              Save as draft
            </Button>
          </>
        )}
      </div>
    </KithFormFrame>
  );
}
