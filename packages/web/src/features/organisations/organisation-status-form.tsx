import type { Organisation } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useUpdateOrganisation } from './organisations-queries.ts';

interface OrganisationStatusFormProps {
  organisation: Organisation;
  onSaved: (message: string) => void;
}

/** Deactivate or reactivate. Organisations are never deleted: records and the audit trail point at them. */
export function OrganisationStatusForm({ organisation, onSaved }: OrganisationStatusFormProps) {
  const updateOrganisation = useUpdateOrganisation(organisation.id);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const deactivating = organisation.active;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIssues([]);
    updateOrganisation.mutate(
      { active: !organisation.active },
      {
        onSuccess: (saved) => onSaved(saved.active ? `${saved.name} has been reactivated` : `${saved.name} has been deactivated`),
        onError: (error) => setIssues(issuesFromError(error)),
      },
    );
  };

  return (
    <section aria-labelledby="organisation-status-heading">
      <h2 id="organisation-status-heading">{deactivating ? 'Deactivate organisation' : 'Reactivate organisation'}</h2>
      <ErrorSummary issues={issues} />
      <p className="nhsuk-body">
        {deactivating
          ? 'A deactivated organisation is no longer offered when giving people roles or choosing a parent. Its records and history are kept.'
          : 'This organisation is deactivated. Reactivating offers it again when giving people roles.'}
      </p>
      <form onSubmit={submit} noValidate>
        <Button variant={deactivating ? 'warning' : 'secondary'} type="submit" pending={updateOrganisation.isPending}>
          {deactivating ? 'Deactivate organisation' : 'Reactivate organisation'}
        </Button>
      </form>
    </section>
  );
}
