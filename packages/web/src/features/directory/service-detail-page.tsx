import type { ServiceDetail } from '@kith/shared';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ButtonLink } from '../../components/button.tsx';
import { formatCalendarDate } from '../../components/date-format.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { readFlash } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { can } from '../session/can.ts';
import { useMe } from '../session/session-queries.ts';
import { type ReachEntry, serviceReach } from './contact-links.ts';
import { isReferable } from './directory-format.ts';
import { useService } from './directory-queries.ts';
import { describeSchedule } from './opening-times.ts';
import { EmailLink, PhoneLink } from './reach-links.tsx';
import { serviceSummaryRows } from './service-detail-rows.tsx';
import { referHref } from './service-result-list.tsx';

/** Where "Back" leads: the search the user came from, or a fresh one for the same person. */
function backHref(state: unknown, personId: string): string {
  const from = typeof state === 'object' && state !== null ? (state as { from?: unknown }).from : undefined;
  if (typeof from === 'string' && from.startsWith('/')) return from;
  return personId ? `/directory?personId=${encodeURIComponent(personId)}` : '/directory';
}

function LocationSection({ location, index }: { location: ServiceDetail['locations'][number]; index: number }) {
  const address = [location.address1, location.city, location.postcode].filter(Boolean);
  const headingId = `location-${index}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{location.name}</h3>
      <SummaryList
        rows={[
          {
            key: 'Address',
            value:
              location.locationType === 'virtual' ? 'Online or by phone' : address.length > 0 ? address.join(', ') : 'Not given',
          },
          {
            key: 'Opening times',
            value:
              location.schedules.length === 0 ? (
                'Not given'
              ) : (
                <ul className="nhsuk-list">
                  {location.schedules.map((schedule) => (
                    <li key={schedule.id}>{describeSchedule(schedule)}</li>
                  ))}
                </ul>
              ),
          },
          ...(location.accessibility ? [{ key: 'Accessibility', value: location.accessibility }] : []),
        ]}
      />
    </section>
  );
}

/** A number or address, with whose it is when a contact is named. */
function ReachItem({ entry, serviceName, kind }: { entry: ReachEntry; serviceName: string; kind: 'phone' | 'email' }) {
  return (
    <li>
      {kind === 'phone' ? (
        <PhoneLink value={entry.value} serviceName={serviceName} />
      ) : (
        <EmailLink value={entry.value} serviceName={serviceName} />
      )}
      {entry.contactName ? ` (${entry.contactName})` : null}
    </li>
  );
}

/** How to reach the service, near the top of its page: every phone and email, the service's own first. */
function ReachSection({ service }: { service: ServiceDetail }) {
  const { phones, emails, otherContacts } = serviceReach(service);
  const list = (entries: ReachEntry[], kind: 'phone' | 'email') =>
    entries.length === 0 ? (
      'Not given'
    ) : (
      <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
        {entries.map((entry) => (
          <ReachItem key={entry.value} entry={entry} serviceName={service.name} kind={kind} />
        ))}
      </ul>
    );
  return (
    <section aria-labelledby="contact-heading">
      <h2 id="contact-heading">Contact the service</h2>
      <SummaryList
        rows={[
          { key: phones.length > 1 ? 'Phone numbers' : 'Phone', value: list(phones, 'phone') },
          { key: 'Email', value: list(emails, 'email') },
          ...(otherContacts.length > 0 ? [{ key: 'Also ask for', value: otherContacts.join(', ') }] : []),
        ]}
      />
    </section>
  );
}

/** `/directory/services/:id`: everything about one service; "Refer" for a person, "Edit" for its curators. */
export function ServiceDetailPage() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const routerLocation = useLocation();
  const personId = searchParams.get('personId') ?? '';
  const me = useMe();
  const service = useService(id);
  const flash = readFlash(routerLocation.state);
  const notFound = isApiError(service.error, 'not_found', 'validation');
  usePageTitle(service.data ? service.data.name : notFound ? 'Service not found' : 'Service');
  const back = <BackLink to={backHref(routerLocation.state, personId)}>Back to search</BackLink>;

  if (service.isPending || service.isError) {
    return (
      <>
        {back}
        <h1>{notFound ? 'Service not found' : 'Service'}</h1>
        {service.isPending ? <LoadingState what="the service" /> : null}
        {service.isError ? <ErrorState error={service.error} what="the service" onRetry={() => void service.refetch()} /> : null}
      </>
    );
  }

  const record = service.data;
  const editPath = can(me.data, 'directory:manage')
    ? `/admin/directory/services/${encodeURIComponent(record.id)}/edit`
    : `/provider/services/${encodeURIComponent(record.id)}/edit`;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {back}
        <SuccessBanner message={flash?.flash} />
        <h1>
          <span className="nhsuk-caption-l">{record.organisationName}</span>
          {record.name}
        </h1>
        {record.stale ? (
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              These details may be out of date
            </h2>
            <p>
              {record.lastVerifiedAt
                ? `Nobody has confirmed them since ${formatCalendarDate(record.lastVerifiedAt)}.`
                : 'Nobody has confirmed them yet.'}{' '}
              Check with the service before sending someone.
            </p>
          </div>
        ) : null}
        {personId && isReferable(record) ? (
          <ButtonLink to={referHref(personId, record.id)}>
            Refer<span className="nhsuk-u-visually-hidden"> to {record.name}</span>
          </ButtonLink>
        ) : null}
        {personId && record.referralRoute === 'kith_referral' && record.capacityStatus === 'closed' ? (
          <p className="nhsuk-body">This service is closed to referrals at the moment.</p>
        ) : null}
        {record.canEdit ? (
          <p className="nhsuk-body">
            <Link to={editPath}>
              Edit<span className="nhsuk-u-visually-hidden"> {record.name}</span>
            </Link>
          </p>
        ) : null}
        <ReachSection service={record} />
        <h2>About the service</h2>
        <SummaryList rows={serviceSummaryRows(record)} />
        <section aria-labelledby="locations-heading">
          <h2 id="locations-heading">Where and when</h2>
          {record.locations.length === 0 ? <p className="nhsuk-body">No locations given.</p> : null}
          {record.locations.map((location, index) => (
            <LocationSection key={location.id} location={location} index={index} />
          ))}
        </section>
      </div>
    </div>
  );
}
