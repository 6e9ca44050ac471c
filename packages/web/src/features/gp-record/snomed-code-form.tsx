import type { CreateSnomedCodeRequest, SnomedCode, UpdateSnomedCodeRequest } from '@kith/shared';
import type { ReactNode } from 'react';
import { Button } from '../../components/button.tsx';
import { FormCheckboxesField, FormSelectField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useUnsavedChangesWarning } from '../../components/use-unsaved-changes-warning.ts';
import { useCreateSnomedCode, useUpdateSnomedCode } from './gp-record-queries.ts';
import {
  buildCreateSnomedCode,
  buildUpdateSnomedCode,
  EDIT_SNOMED_CODE_FIELDS,
  EMPTY_SNOMED_CODE,
  NEW_SNOMED_CODE_FIELDS,
  SNOMED_USE_OPTIONS,
  type SnomedCodeValues,
  snomedCodeIssues,
  snomedCodeValues,
} from './snomed-code-values.ts';

interface SnomedCodeFormProps {
  /** The code to change; left out to add one. */
  code?: SnomedCode;
  /** The page's heading and introduction, shown under the error summary. */
  intro: ReactNode;
  title: string;
  onSaved: (saved: SnomedCode) => void;
}

/** Adds a SNOMED CT code or changes one (the concept id itself never changes). */
export function SnomedCodeForm({ code, intro, title, onSaved }: SnomedCodeFormProps) {
  const adding = code === undefined;
  const create = useCreateSnomedCode();
  const update = useUpdateSnomedCode(code?.code ?? '');
  const kith = useKithForm<SnomedCodeValues, unknown>({
    defaultValues: code ? snomedCodeValues(code) : EMPTY_SNOMED_CODE,
    toRequest: adding ? buildCreateSnomedCode : buildUpdateSnomedCode,
    fieldOrder: adding ? NEW_SNOMED_CODE_FIELDS : EDIT_SNOMED_CODE_FIELDS,
    issuesFor: (error) => snomedCodeIssues(error, adding),
    onSubmit: async (request) => {
      // `toRequest` above built the request for the same case.
      const saved = adding
        ? await create.mutateAsync(request as CreateSnomedCodeRequest)
        : await update.mutateAsync(request as UpdateSnomedCodeRequest);
      onSaved(saved);
    },
  });
  useUnsavedChangesWarning(kith.dirty && !kith.pending);
  usePageTitle(title, kith.issues.length > 0);
  const { control } = kith.form;

  return (
    <KithFormFrame kith={kith} intro={intro}>
      {adding ? (
        <FormTextField
          control={control}
          name="code"
          label="SNOMED CT concept id"
          hint="Digits only, like 871711000000103. Kith checks the check digit."
          inputMode="numeric"
          widthClass="nhsuk-input--width-20"
          spellCheck={false}
          autoComplete="off"
        />
      ) : null}
      <FormTextField
        control={control}
        name="term"
        label="Term"
        hint="The fully specified name or preferred term, exactly as the UK edition gives it."
      />
      <FormSelectField
        control={control}
        name="use"
        label="Used for"
        hint="Each ending, and taking up social prescribing, can have only one active code."
        options={SNOMED_USE_OPTIONS}
        placeholder="Choose what the code is used for"
      />
      <FormCheckboxesField
        control={control}
        name="verified"
        legend="Verified"
        hint="Only verified codes are written into GP records."
        items={[{ value: 'verified', label: 'I have checked this code and term in the UK edition of SNOMED CT' }]}
      />
      {adding ? null : (
        <FormCheckboxesField
          control={control}
          name="active"
          legend="Active"
          hint="An inactive code is kept but no longer used."
          items={[{ value: 'active', label: 'Use this code' }]}
        />
      )}
      <FormTextField
        control={control}
        name="source"
        label="Source (optional)"
        hint="Where you confirmed it, like the UK edition release and the date you checked."
      />
      <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
        {adding ? 'Add the code' : 'Save the code'}
      </Button>
    </KithFormFrame>
  );
}
