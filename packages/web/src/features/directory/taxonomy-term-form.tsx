import { type TaxonomyTerm, TaxonomyTermInput } from '@kith/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, orderIssues, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextField } from '../../components/text-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { useSaveTaxonomyTerm } from './directory-mutations.ts';

/** What the form is doing: adding a top-level term, adding one under a parent, or editing one. */
export type TermFormMode =
  | { kind: 'top'; taxonomyId: string }
  | { kind: 'child'; parent: TaxonomyTerm }
  | { kind: 'edit'; term: TaxonomyTerm };

interface TaxonomyTermFormProps {
  mode: TermFormMode;
  onSaved: (term: TaxonomyTerm, added: boolean) => void;
  onCancel: () => void;
}

const FIELDS = ['name', 'description', 'code'] as const;

function headingFor(mode: TermFormMode): string {
  if (mode.kind === 'edit') return `Edit ${mode.term.name}`;
  if (mode.kind === 'child') return `Add a need under ${mode.parent.name}`;
  return 'Add a top-level need';
}

/** Add a need term (at the top or under another) or rename and describe one. */
export function TaxonomyTermForm({ mode, onSaved, onCancel }: TaxonomyTermFormProps) {
  const save = useSaveTaxonomyTerm();
  const editing = mode.kind === 'edit' ? mode.term : null;
  const [name, setName] = useState(editing?.name ?? '');
  const [description, setDescription] = useState(editing?.description ?? '');
  const [code, setCode] = useState(editing?.code ?? '');
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // A new task for the form (another term chosen) takes the user to it.
  useEffect(() => {
    if (mode.kind !== 'top') headingRef.current?.focus();
  }, [mode]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const placement =
      mode.kind === 'edit'
        ? { taxonomyId: mode.term.taxonomyId, parentId: mode.term.parentId }
        : mode.kind === 'child'
          ? { taxonomyId: mode.parent.taxonomyId, parentId: mode.parent.id }
          : { taxonomyId: mode.taxonomyId, parentId: null };
    const checked = validateWith(TaxonomyTermInput, {
      ...placement,
      name,
      description,
      code: code.trim() === '' ? null : code.trim(),
    });
    if (!checked.ok) {
      setIssues(orderIssues(checked.issues, FIELDS));
      return;
    }
    setIssues([]);
    save.mutate(
      { id: editing?.id ?? null, input: checked.data },
      {
        onSuccess: (term) => {
          if (!editing) {
            setName('');
            setDescription('');
            setCode('');
          }
          onSaved(term, !editing);
        },
        onError: (error) => setIssues(issuesFromError(error, { conflictPath: 'code' })),
      },
    );
  };

  return (
    <section aria-labelledby="term-form-heading">
      <h2 id="term-form-heading" tabIndex={-1} ref={headingRef}>
        {headingFor(mode)}
      </h2>
      <ErrorSummary issues={issues} linkablePaths={FIELDS} />
      <form onSubmit={submit} noValidate>
        <TextField id="name" label="Name" value={name} onChange={setName} error={messageFor(issues, 'name')} />
        <TextareaField
          id="description"
          label="Description (optional)"
          hint="What kind of help this covers, in plain words"
          value={description}
          onChange={setDescription}
          rows={3}
          error={messageFor(issues, 'description')}
        />
        <TextField
          id="code"
          label="Referral reason code (optional)"
          hint="Links this need to the referral reason with the same code, so a person's search starts with it"
          value={code}
          onChange={setCode}
          spellCheck={false}
          widthClass="nhsuk-input--width-20"
          error={messageFor(issues, 'code')}
        />
        <div className="kith-row-actions">
          <Button type="submit" pending={save.isPending} pendingLabel="Saving…">
            {editing ? 'Save changes' : 'Add the need'}
          </Button>
          {mode.kind !== 'top' ? (
            <Button variant="secondary" type="button" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
