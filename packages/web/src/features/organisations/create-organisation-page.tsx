import { CreateOrganisationRequest, ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, type OrganisationKind } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { type FormIssue, issuesFromError, messageFor, validateWith } from '../../api/form-issues.ts';
import { BackLink } from '../../components/back-link.tsx';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { QueryState } from '../../components/query-state.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { OrganisationFields } from './organisation-fields.tsx';
import { EMPTY_ORGANISATION_FORM, requestFieldsOf, withKind, withParentRule } from './organisation-form-values.ts';
import { useCreateOrganisation, useOrganisations } from './organisations-queries.ts';

const KIND_HINTS: Record<OrganisationKind, string> = {
  icb: 'The top of the NHS tree for an area.',
  pcn: 'A group of GP practices, part of an ICB.',
  gp_practice: 'Part of a primary care network.',
  vcse: 'A voluntary, community or social enterprise organisation people are referred to.',
};

const KIND_ITEMS = ORGANISATION_KINDS.map((kind) => ({
  value: kind,
  label: ORGANISATION_KIND_LABELS[kind],
  hint: KIND_HINTS[kind],
}));

/** `/admin/organisations/new`. */
export function CreateOrganisationPage() {
  const navigate = useNavigate();
  const organisations = useOrganisations({ includeInactive: true });
  const createOrganisation = useCreateOrganisation();
  const [values, setValues] = useState(EMPTY_ORGANISATION_FORM);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  usePageTitle('Create organisation', issues.length > 0);

  const chooseKind = (kind: string) => {
    const chosen = ORGANISATION_KINDS.find((candidate) => candidate === kind);
    if (chosen) setValues(withKind(values, chosen, organisations.data ?? []));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = withParentRule(
      validateWith(CreateOrganisationRequest, { ...requestFieldsOf(values), kind: values.kind || undefined }),
      values,
    );
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    createOrganisation.mutate(checked.data, {
      onSuccess: (organisation) => {
        const state: FlashState = { flash: `${organisation.name} has been created` };
        navigate(`/admin/organisations/${organisation.id}`, { state });
      },
      onError: (error) => setIssues(issuesFromError(error, { conflictPath: 'odsCode' })),
    });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/admin/organisations">Back to organisations</BackLink>
        <ErrorSummary issues={issues} />
        <h1>Create organisation</h1>
        <QueryState query={organisations} what="organisations">
          {(data) => (
            <form onSubmit={submit} noValidate>
              <RadiosField
                id="kind"
                legend="What kind of organisation is it?"
                legendClass="nhsuk-fieldset__legend--m"
                value={values.kind}
                onChange={chooseKind}
                items={KIND_ITEMS}
                error={messageFor(issues, 'kind')}
              />
              <OrganisationFields values={values} onChange={setValues} organisations={data} issues={issues} />
              <Button type="submit" pending={createOrganisation.isPending} pendingLabel="Creating organisation…">
                Create organisation
              </Button>
            </form>
          )}
        </QueryState>
      </div>
    </div>
  );
}
