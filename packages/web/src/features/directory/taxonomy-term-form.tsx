import type { TaxonomyTerm } from '@kith/shared';
import { useEffect, useRef } from 'react';
import { Button } from '../../components/button.tsx';
import { FormTextareaField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { useSaveTaxonomyTerm } from './directory-mutations.ts';
import { buildTermInput, TERM_FIELD_ORDER, type TermFormMode, termFormValues } from './taxonomy-term-values.ts';

interface TaxonomyTermFormProps {
  mode: TermFormMode;
  onSaved: (term: TaxonomyTerm, added: boolean) => void;
  onCancel: () => void;
}

function headingFor(mode: TermFormMode): string {
  if (mode.kind === 'edit') return `Edit ${mode.term.name}`;
  if (mode.kind === 'child') return `Add a need under ${mode.parent.name}`;
  return 'Add a top-level need';
}

/** Add a need term (at the top or under another) or rename and describe one. */
export function TaxonomyTermForm({ mode, onSaved, onCancel }: TaxonomyTermFormProps) {
  const save = useSaveTaxonomyTerm();
  const editing = mode.kind === 'edit' ? mode.term : null;
  const kith = useKithForm({
    defaultValues: termFormValues(mode),
    toRequest: (values) => buildTermInput(mode, values),
    fieldOrder: TERM_FIELD_ORDER,
    conflictPath: 'code',
    // After adding a need the form is ready for the next one.
    clearOnSave: !editing,
    onSubmit: async (input) => onSaved(await save.mutateAsync({ id: editing?.id ?? null, input }), !editing),
  });
  const { control } = kith.form;
  const headingRef = useRef<HTMLHeadingElement>(null);

  // A new task for the form (another term chosen) takes the user to it.
  useEffect(() => {
    if (mode.kind !== 'top') headingRef.current?.focus();
  }, [mode]);

  return (
    <section aria-labelledby="term-form-heading">
      <h2 id="term-form-heading" tabIndex={-1} ref={headingRef}>
        {headingFor(mode)}
      </h2>
      <KithFormFrame kith={kith} linkablePaths={TERM_FIELD_ORDER}>
        <FormTextField control={control} name="name" label="Name" />
        <FormTextareaField
          control={control}
          name="description"
          label="Description (optional)"
          hint="What kind of help this covers, in plain words"
          rows={3}
        />
        <FormTextField
          control={control}
          name="code"
          label="Referral reason code (optional)"
          hint="Links this need to the referral reason with the same code, so a person's search starts with it"
          spellCheck={false}
          widthClass="nhsuk-input--width-20"
        />
        <div className="kith-row-actions">
          <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
            {editing ? 'Save changes' : 'Add the need'}
          </Button>
          {mode.kind !== 'top' ? (
            <Button variant="secondary" type="button" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
        </div>
      </KithFormFrame>
    </section>
  );
}
