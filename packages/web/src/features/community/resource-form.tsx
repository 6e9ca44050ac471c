import {
  COMMUNITY_RESOURCE_KIND_LABELS,
  COMMUNITY_RESOURCE_KINDS,
  CreateCommunityResourceRequest,
  UpdateCommunityResourceRequest,
} from '@kith/shared';
import type { FormEvent } from 'react';
import { messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { ResourceCategoryField } from './resource-category-field.tsx';
import {
  RESOURCE_FIELD_ORDER,
  type ResourceFormValues,
  toCreateResourceRequest,
  toUpdateResourceRequest,
} from './resource-form-values.ts';
import { type CommunityFormProps, type CommunitySave, useCommunityForm } from './use-community-form.ts';

export type ResourceSave = CommunitySave<CreateCommunityResourceRequest, UpdateCommunityResourceRequest>;

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
export function ResourceForm({ initial, mode, pending, onSave }: CommunityFormProps<ResourceFormValues, ResourceSave>) {
  const { values, set, issues, save } = useCommunityForm(initial, RESOURCE_FIELD_ORDER);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void (mode === 'create'
      ? save(validateWith(CreateCommunityResourceRequest, toCreateResourceRequest(values)), (request) =>
          onSave({ mode, request }),
        )
      : save(validateWith(UpdateCommunityResourceRequest, toUpdateResourceRequest(initial, values)), (request) =>
          onSave({ mode, request }),
        ));
  };

  return (
    <>
      <ErrorSummary issues={issues} linkablePaths={RESOURCE_FIELD_ORDER} />
      <form onSubmit={submit} noValidate>
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
