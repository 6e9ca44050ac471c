import type { ServiceDetail } from '@kith/shared';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useDirectoryOrganisations, useService, useTaxonomyTerms } from './directory-queries.ts';
import { ServiceForm } from './service-form.tsx';
import { emptyServiceForm, serviceToForm } from './service-form-values.ts';

type Curator = 'admin' | 'provider';

const LIST_PATHS: Record<Curator, { path: string; label: string }> = {
  admin: { path: '/admin/directory', label: 'Back to the service directory' },
  provider: { path: '/provider/services', label: 'Back to your services' },
};

/**
 * Adding (no `:id`) or editing a service. Administrators choose any organisation; providers only
 * the organisations they run (`mine=true`), and the server holds them to that too.
 */
function ServiceEditor({ curator }: { curator: Curator }) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const organisations = useDirectoryOrganisations({ mine: curator === 'provider' });
  const terms = useTaxonomyTerms();
  const service = useService(id);
  const editing = id !== '';
  const notFound = isApiError(service.error, 'not_found', 'validation');
  const title = editing
    ? service.data
      ? `Edit ${service.data.name}`
      : notFound
        ? 'Service not found'
        : 'Edit service'
    : 'Add a service';
  usePageTitle(title);
  const list = LIST_PATHS[curator];

  const saved = (record: ServiceDetail) => {
    const state: FlashState = { flash: editing ? `${record.name} has been saved` : `${record.name} has been added` };
    navigate(list.path, { state });
  };

  const failed = organisations.error ?? terms.error ?? (editing ? service.error : null);
  const ready = organisations.data && terms.data && (!editing || service.data);
  const onlyOrganisation = organisations.data?.length === 1 ? (organisations.data[0]?.id ?? '') : '';

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={list.path}>{list.label}</BackLink>
        <h1>{title}</h1>
        {failed ? (
          <ErrorState
            error={failed}
            what={editing ? 'the service' : 'the form'}
            onRetry={() => {
              void organisations.refetch();
              void terms.refetch();
              if (editing) void service.refetch();
            }}
          />
        ) : null}
        {!failed && !ready ? <LoadingState what={editing ? 'the service' : 'the form'} /> : null}
        {ready && organisations.data?.length === 0 ? (
          <p className="nhsuk-body">
            {curator === 'provider'
              ? 'Your organisation is not in the directory yet. Ask an administrator to add it and link it to your organisation.'
              : 'Add an organisation that runs services first.'}
          </p>
        ) : null}
        {ready && organisations.data && organisations.data.length > 0 ? (
          <ServiceForm
            key={service.data?.updatedAt ?? 'new'}
            serviceId={editing ? id : undefined}
            initial={service.data ? serviceToForm(service.data) : emptyServiceForm(onlyOrganisation)}
            organisations={organisations.data}
            terms={terms.data ?? []}
            submitLabel={editing ? 'Save changes' : 'Add the service'}
            onSaved={saved}
          />
        ) : null}
      </div>
    </div>
  );
}

/** `/admin/directory/services/new`. */
export function AdminNewServicePage() {
  return <ServiceEditor curator="admin" />;
}

/** `/admin/directory/services/:id/edit`. */
export function AdminEditServicePage() {
  return <ServiceEditor curator="admin" />;
}

/** `/provider/services/new`. */
export function ProviderNewServicePage() {
  return <ServiceEditor curator="provider" />;
}

/** `/provider/services/:id/edit`. */
export function ProviderEditServicePage() {
  return <ServiceEditor curator="provider" />;
}
