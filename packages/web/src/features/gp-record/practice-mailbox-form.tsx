import type { CreatePracticeMailboxRequest, PracticeMailbox, UpdatePracticeMailboxRequest } from '@kith/shared';
import type { ReactNode } from 'react';
import { Button } from '../../components/button.tsx';
import { FormCheckboxesField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useUnsavedChangesWarning } from '../../components/use-unsaved-changes-warning.ts';
import { useCreatePracticeMailbox, useUpdatePracticeMailbox } from './gp-record-queries.ts';
import {
  buildCreatePracticeMailbox,
  buildUpdatePracticeMailbox,
  EDIT_MAILBOX_FIELDS,
  EMPTY_PRACTICE_MAILBOX,
  NEW_MAILBOX_FIELDS,
  type PracticeMailboxValues,
  practiceMailboxValues,
} from './practice-mailbox-values.ts';

interface PracticeMailboxFormProps {
  /** The mailbox to change; left out to add one. */
  mailbox?: PracticeMailbox;
  title: string;
  /** The page's heading, shown under the error summary. */
  intro: ReactNode;
  onSaved: (saved: PracticeMailbox) => void;
}

/** Adds a practice's MESH mailbox or changes it (the ODS code itself never changes). */
export function PracticeMailboxForm({ mailbox, title, intro, onSaved }: PracticeMailboxFormProps) {
  const adding = mailbox === undefined;
  const create = useCreatePracticeMailbox();
  const update = useUpdatePracticeMailbox(mailbox?.odsCode ?? '');
  const kith = useKithForm<PracticeMailboxValues, unknown>({
    defaultValues: mailbox ? practiceMailboxValues(mailbox) : EMPTY_PRACTICE_MAILBOX,
    toRequest: adding ? buildCreatePracticeMailbox : buildUpdatePracticeMailbox,
    fieldOrder: adding ? NEW_MAILBOX_FIELDS : EDIT_MAILBOX_FIELDS,
    // Adding: "this practice already has a mailbox" is about the ODS code.
    conflictPath: adding ? 'odsCode' : 'mailboxId',
    onSubmit: async (request) => {
      // `toRequest` above built the request for the same case.
      const saved = adding
        ? await create.mutateAsync(request as CreatePracticeMailboxRequest)
        : await update.mutateAsync(request as UpdatePracticeMailboxRequest);
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
          name="odsCode"
          label="Practice ODS code"
          hint="Like M85001. It is the code on the practice's organisation in Kith."
          widthClass="nhsuk-input--width-10"
          spellCheck={false}
          autoComplete="off"
        />
      ) : null}
      <FormTextField
        control={control}
        name="mailboxId"
        label="MESH mailbox id"
        hint="From the practice or its system supplier, like M85001OT001."
        widthClass="nhsuk-input--width-20"
        spellCheck={false}
        autoComplete="off"
      />
      <FormTextField control={control} name="note" label="Note (optional)" hint="Like who confirmed the mailbox, and when." />
      {adding ? null : (
        <FormCheckboxesField
          control={control}
          name="active"
          legend="Active"
          hint="Documents are sent only to active mailboxes."
          items={[{ value: 'active', label: 'Send documents to this mailbox' }]}
        />
      )}
      <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
        {adding ? 'Add the mailbox' : 'Save the mailbox'}
      </Button>
    </KithFormFrame>
  );
}
