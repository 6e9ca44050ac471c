import { type Organisation, UpdateOrganisationRequest } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { OrganisationFields } from './organisation-fields.tsx';
import { formValuesOf, requestFieldsOf, withParentRule } from './organisation-form-values.ts';
import { useUpdateOrganisation } from './organisations-queries.ts';

interface OrganisationEditFormProps {
  organisation: Organisation;
  organisations: readonly Organisation[];
  onSaved: (message: string) => void;
}

/** Name, ODS code, parent and served PCNs. The kind cannot change once created. */
export function OrganisationEditForm({ organisation, organisations, onSaved }: OrganisationEditFormProps) {
  const updateOrganisation = useUpdateOrganisation(organisation.id);
  const [values, setValues] = useState(() => formValuesOf(organisation));
  const [issues, setIssues] = useState<FormIssue[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = withParentRule(validateWith(UpdateOrganisationRequest, requestFieldsOf(values)), values);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    updateOrganisation.mutate(checked.data, {
      onSuccess: (saved) => onSaved(`${saved.name} has been saved`),
      onError: (error) => setIssues(issuesFromError(error, { conflictPath: 'odsCode' })),
    });
  };

  return (
    <section aria-labelledby="organisation-details-heading">
      <h2 id="organisation-details-heading">Details</h2>
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        <OrganisationFields
          values={values}
          onChange={setValues}
          organisations={organisations}
          issues={issues}
          selfId={organisation.id}
        />
        <Button variant="secondary" type="submit" pending={updateOrganisation.isPending} pendingLabel="Saving…">
          Save details
        </Button>
      </form>
    </section>
  );
}
