import {
  COMMUNITY_RESOURCE_KIND_LABELS,
  COMMUNITY_RESOURCE_KINDS,
  CreateCommunityResourceRequest,
  UpdateCommunityResourceRequest,
} from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, messageFor, orderIssues, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { communityIssues, issuesOnFields } from './community-issues.ts';
import { ResourceCategoryField } from './resource-category-field.tsx';
import {
  RESOURCE_FIELD_ORDER,
  type ResourceFormValues,
  toCreateResourceRequest,
  toUpdateResourceRequest,
} from './resource-form-values.ts';

export type ResourceSave =
  | { mode: 'create'; request: CreateCommunityResourceRequest }
  | { mode: 'update'; request: UpdateCommunityResourceRequest };

interface ResourceFormProps {
  initial: ResourceFormValues;
  mode: 'create' | 'update';
  pending: boolean;
  onSave: (save: ResourceSave) => Promise<unknown>;
}

const KIND_HINTS = {
  guide: 'Explains a subject or how to do something',
  checklist: 'Steps or points to check off',
  toolkit: 'A set of tools, templates or materials',
  link: 'A website or page worth knowing about',
} as const;

const KIND_ITEMS = COMMUNITY_RESOURCE_KINDS.map((kind) => ({
  value: kind,
  label: COMMUNITY_RESOURCE_KIND_LABELS[kind],
  hint: KIND_HINTS[kind],
}));

/** Adding or editing a resource: title, kind, category, summary, web address and tags. */
export function ResourceForm({ initial, mode, pending, onSave }: ResourceFormProps) {
  const [values, setValues] = useState(initial);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const set = (change: Partial<ResourceFormValues>) => setValues({ ...values, ...change });
  const showIssues = (found: FormIssue[]) =>
    setIssues(orderIssues(issuesOnFields(found, RESOURCE_FIELD_ORDER), RESOURCE_FIELD_ORDER));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked =
      mode === 'create'
        ? validateWith(CreateCommunityResourceRequest, toCreateResourceRequest(values))
        : validateWith(UpdateCommunityResourceRequest, toUpdateResourceRequest(initial, values));
    if (!checked.ok) {
      showIssues(checked.issues);
      return;
    }
    setIssues([]);
    try {
      await onSave(
        mode === 'create'
          ? { mode, request: checked.data as CreateCommunityResourceRequest }
          : { mode, request: checked.data as UpdateCommunityResourceRequest },
      );
    } catch (error) {
      // What was typed stays in the form; the server's reasons (a 400 names the field) show beside it.
      showIssues(communityIssues(error));
    }
  };

  return (
    <>
      <ErrorSummary issues={issues} linkablePaths={RESOURCE_FIELD_ORDER} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="title"
          label="Title"
          value={values.title}
          onChange={(title) => set({ title })}
          error={messageFor(issues, 'title')}
        />
        <RadiosField
          id="kind"
          legend="What kind of resource is it?"
          value={values.kind}
          onChange={(kind) => set({ kind: COMMUNITY_RESOURCE_KINDS.find((k) => k === kind) ?? values.kind })}
          items={KIND_ITEMS}
          error={messageFor(issues, 'kind')}
        />
        <ResourceCategoryField
          value={values.category}
          saved={initial.category}
          onChange={(category) => set({ category })}
          error={messageFor(issues, 'category')}
        />
        <TextareaField
          id="summary"
          label="Summary (optional)"
          hint="What it is and who it helps, shown in the library and searched. Up to 1000 characters."
          value={values.summary}
          onChange={(summary) => set({ summary })}
          rows={3}
          error={messageFor(issues, 'summary')}
        />
        <TextField
          id="url"
          label="Web address"
          hint="Where the resource is, starting with https:// (or http://)"
          type="url"
          spellCheck={false}
          value={values.url}
          onChange={(url) => set({ url })}
          error={messageFor(issues, 'url')}
        />
        <TextField
          id="tags"
          label="Tags (optional)"
          hint="Separate tags with commas, for example: outcomes, evaluation. Up to 10. Searched with the title and summary."
          value={values.tags}
          onChange={(tags) => set({ tags })}
          spellCheck={false}
          error={messageFor(issues, 'tags')}
        />
        <Button type="submit" pending={pending} pendingLabel="Saving…">
          {mode === 'create' ? 'Add resource' : 'Save changes'}
        </Button>
      </form>
    </>
  );
}
