import { CreateCommunityPostRequest, guestAuthorProblem, type PostKind, UpdateCommunityPostRequest } from '@kith/shared';
import type { FormEvent } from 'react';
import { messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import {
  POST_FIELD_ORDER,
  POST_KIND_LABELS,
  type PostFormValues,
  toCreatePostRequest,
  toUpdatePostRequest,
} from './post-form-values.ts';
import { type CommunityFormProps, useCommunityForm } from './use-community-form.ts';

const KIND_HINTS: Record<PostKind, string> = {
  blog: 'Written by you for the community. Saved as a draft until you publish it.',
  guest_blog: 'Written by someone else, posted by you with their name. Saved as a draft until you publish it.',
  discussion: 'A question or topic for members to talk about. Published straight away.',
};

export type PostSave =
  | { mode: 'create'; request: CreateCommunityPostRequest; publish: boolean }
  | { mode: 'update'; request: UpdateCommunityPostRequest };

interface PostFormProps extends CommunityFormProps<PostFormValues, PostSave> {
  /** Create: the kinds the reader may write. Edit: the post's kind only (it cannot change). */
  kinds: readonly PostKind[];
}

/** Writing or editing a post: kind, title, guest author, summary, tags, Markdown body and who can read it. */
export function PostForm({ kinds, initial, mode, pending, onSave }: PostFormProps) {
  const { values, set, issues, save: saveChecked } = useCommunityForm(initial, POST_FIELD_ORDER);
  const isDiscussion = values.kind === 'discussion';

  const save = (publish: boolean) => {
    if (mode === 'create') {
      return saveChecked(validateWith(CreateCommunityPostRequest, toCreatePostRequest(values)), (request) =>
        onSave({ mode, request, publish }),
      );
    }
    // The create schema checks the guest-author rule itself; an edit cannot change the kind, so
    // its request does not carry it and the same shared rule is checked here with the post's kind.
    const guestProblem = guestAuthorProblem(values.kind, values.guestAuthor);
    return saveChecked(
      validateWith(UpdateCommunityPostRequest, toUpdatePostRequest(initial, values)),
      (request) => onSave({ mode, request }),
      guestProblem ? [{ path: 'guestAuthor', message: guestProblem }] : [],
    );
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void save(submitter?.getAttribute('value') === 'publish');
  };

  return (
    <>
      <ErrorSummary issues={issues} linkablePaths={POST_FIELD_ORDER} />
      <form onSubmit={submit} noValidate>
        {mode === 'create' && kinds.length > 1 ? (
          <RadiosField
            id="kind"
            legend="What are you writing?"
            value={values.kind}
            onChange={(kind) => set({ kind: kinds.find((k) => k === kind) ?? values.kind })}
            items={kinds.map((kind) => ({ value: kind, label: POST_KIND_LABELS[kind], hint: KIND_HINTS[kind] }))}
            error={messageFor(issues, 'kind')}
          />
        ) : (
          <p className="nhsuk-body">
            <strong>{POST_KIND_LABELS[values.kind]}.</strong> {mode === 'create' ? KIND_HINTS[values.kind] : null}
          </p>
        )}
        <TextField
          id="title"
          label="Title"
          value={values.title}
          onChange={(title) => set({ title })}
          error={messageFor(issues, 'title')}
        />
        {values.kind === 'guest_blog' ? (
          <TextField
            id="guestAuthor"
            label="Guest author"
            hint="Who wrote it, as it should appear, for example: Priya Shah, Riverside Community Trust"
            value={values.guestAuthor}
            onChange={(guestAuthor) => set({ guestAuthor })}
            error={messageFor(issues, 'guestAuthor')}
          />
        ) : null}
        <TextareaField
          id="summary"
          label="Summary (optional)"
          hint="One or two sentences shown in lists of posts. Up to 500 characters."
          value={values.summary}
          onChange={(summary) => set({ summary })}
          rows={2}
          error={messageFor(issues, 'summary')}
        />
        <TextField
          id="tags"
          label="Tags (optional)"
          hint="Separate tags with commas, for example: safeguarding, supervision. Up to 10."
          value={values.tags}
          onChange={(tags) => set({ tags })}
          spellCheck={false}
          error={messageFor(issues, 'tags')}
        />
        <TextareaField
          id="bodyMarkdown"
          label={isDiscussion ? 'What would you like to discuss?' : 'Text of the post'}
          hint="You can use Markdown: **bold**, _italic_, [link text](https://example.org), lists starting with - and headings starting with ##. HTML is shown as text."
          value={values.bodyMarkdown}
          onChange={(bodyMarkdown) => set({ bodyMarkdown })}
          rows={14}
          error={messageFor(issues, 'bodyMarkdown')}
        />
        <RadiosField
          id="visibility"
          legend="Who can read it?"
          value={values.visibility}
          onChange={(visibility) => set({ visibility: visibility === 'members' ? 'members' : 'public' })}
          items={[
            { value: 'public', label: 'Anyone, including visitors who are not signed in' },
            { value: 'members', label: 'Registered members only' },
          ]}
          error={messageFor(issues, 'visibility')}
        />
        <div className="nhsuk-button-group">
          {mode === 'update' ? (
            <Button type="submit" value="save" pending={pending} pendingLabel="Saving…">
              Save changes
            </Button>
          ) : isDiscussion ? (
            <Button type="submit" value="publish" pending={pending} pendingLabel="Publishing…">
              Publish discussion
            </Button>
          ) : (
            <>
              <Button type="submit" value="publish" pending={pending} pendingLabel="Saving…">
                Save and publish
              </Button>
              <Button variant="secondary" type="submit" value="draft" pending={pending}>
                Save as draft
              </Button>
            </>
          )}
        </div>
      </form>
    </>
  );
}
