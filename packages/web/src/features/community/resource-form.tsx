import {
  COMMUNITY_RESOURCE_KIND_LABELS,
  COMMUNITY_RESOURCE_KINDS,
  CreateCommunityResourceRequest,
  UpdateCommunityResourceRequest,
} from '@kith/shared';
import { type Checked, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormRadiosField, FormTextareaField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { ResourceCategoryField } from './resource-category-field.tsx';
import {
  RESOURCE_FIELD_ORDER,
  type ResourceFormValues,
  toCreateResourceRequest,
  toUpdateResourceRequest,
} from './resource-form-values.ts';
import { asSave, type CommunityFormProps, type CommunitySave, useCommunityForm } from './use-community-form.ts';

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
export function ResourceForm({ initial, mode, onSave, intro }: CommunityFormProps<ResourceFormValues, ResourceSave>) {
  const toRequest = (values: ResourceFormValues): Checked<ResourceSave> =>
    mode === 'create'
      ? asSave(mode, validateWith(CreateCommunityResourceRequest, toCreateResourceRequest(values)))
      : asSave(mode, validateWith(UpdateCommunityResourceRequest, toUpdateResourceRequest(initial, values)));
  const kith = useCommunityForm({ initial, fieldOrder: RESOURCE_FIELD_ORDER, toRequest, onSubmit: onSave });
  const { control } = kith.form;

  return (
    <KithFormFrame kith={kith} linkablePaths={RESOURCE_FIELD_ORDER} intro={intro}>
      <FormTextField control={control} name="title" label="Title" />
      <FormRadiosField control={control} name="kind" legend="What kind of resource is it?" items={KIND_ITEMS} />
      <ResourceCategoryField control={control} saved={initial.category} />
      <FormTextareaField
        control={control}
        name="summary"
        label="Summary (optional)"
        hint="What it is and who it helps, shown in the library and searched. Up to 1000 characters."
        rows={3}
      />
      <FormTextField
        control={control}
        name="url"
        label="Web address"
        hint="Where the resource is, starting with https:// (or http://)"
        type="url"
        spellCheck={false}
      />
      <FormTextField
        control={control}
        name="tags"
        label="Tags (optional)"
        hint="Separate tags with commas, for example: outcomes, evaluation. Up to 10. Searched with the title and summary."
        spellCheck={false}
      />
      <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
        {mode === 'create' ? 'Add resource' : 'Save changes'}
      </Button>
    </KithFormFrame>
  );
}
