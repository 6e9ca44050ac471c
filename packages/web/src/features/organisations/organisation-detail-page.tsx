import { ORGANISATION_KIND_LABELS } from '@kith/shared';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { readFlash } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { StatusTag } from '../../components/status-tag.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { SafeguardingLeadsForm } from '../safeguarding/safeguarding-leads-form.tsx';
import { OrganisationEditForm } from './organisation-edit-form.tsx';
import { OrganisationStatusForm } from './organisation-status-form.tsx';
import { useOrganisation, useOrganisations } from './organisations-queries.ts';

/** `/admin/organisations/:id`: edit an organisation, or deactivate or reactivate it. */
export function OrganisationDetailPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const organisation = useOrganisation(id);
  const organisations = useOrganisations({ includeInactive: true });
  const flash = readFlash(location.state);
  const [saved, setSaved] = useState<string | null>(null);
  // A malformed id fails validation on the server; to the user it is simply not found.
  const notFound = isApiError(organisation.error, 'not_found', 'validation');
  usePageTitle(
    organisation.data ? `${organisation.data.name} – Organisations` : notFound ? 'Organisation not found' : 'Organisation',
  );

  if (organisation.isPending || organisations.isPending) {
    return (
      <>
        <BackLink to="/admin/organisations">Back to organisations</BackLink>
        <h1>Organisation</h1>
        <LoadingState what="the organisation" />
      </>
    );
  }
  if (organisation.isError || organisations.isError) {
    const retry = () => {
      void organisation.refetch();
      void organisations.refetch();
    };
    return (
      <>
        <BackLink to="/admin/organisations">Back to organisations</BackLink>
        <h1>{notFound ? 'Organisation not found' : 'Organisation'}</h1>
        <ErrorState error={organisation.error ?? organisations.error} what="the organisation" onRetry={retry} />
      </>
    );
  }

  const record = organisation.data;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/admin/organisations">Back to organisations</BackLink>
        <SuccessBanner message={saved ?? flash?.flash} />
        <h1>
          <span className="nhsuk-caption-l">
            {ORGANISATION_KIND_LABELS[record.kind]}
            <span className="nhsuk-u-visually-hidden"> – </span>
          </span>
          {record.name}
        </h1>
        <p className="nhsuk-body">
          <StatusTag active={record.active} inactiveLabel="Inactive" />
        </p>
        <OrganisationEditForm
          key={record.updatedAt}
          organisation={record}
          organisations={organisations.data}
          onSaved={setSaved}
        />
        {record.kind === 'pcn' ? <SafeguardingLeadsForm organisationId={record.id} onSaved={setSaved} /> : null}
        <OrganisationStatusForm organisation={record} onSaved={setSaved} />
      </div>
    </div>
  );
}
