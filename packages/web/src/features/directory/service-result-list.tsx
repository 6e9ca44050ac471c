import { REFERRAL_ROUTE_LABELS, type ServiceSummary } from '@kith/shared';
import { Link } from 'react-router';
import { CapacityTag, StaleTag } from './capacity-tag.tsx';
import { describeWait, formatDistance, isReferable } from './directory-format.ts';
import './directory.css';
import { ButtonLink } from '../../components/button.tsx';
import { EmailLink, PhoneLink } from './reach-links.tsx';

interface ServiceResultListProps {
  services: readonly ServiceSummary[];
  /** The person a search is for: each referable service offers "Refer". */
  personId: string;
  /** The search's own address, so the service page can lead back to it. */
  searchHref: string;
}

const DESCRIPTION_LENGTH = 220;

/** The first sentence or so of a description, cut at a word. */
function shorten(text: string): string {
  if (text.length <= DESCRIPTION_LENGTH) return text;
  const cut = text.slice(0, DESCRIPTION_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : DESCRIPTION_LENGTH)}…`;
}

export function serviceDetailHref(id: string, personId: string): string {
  const path = `/directory/services/${encodeURIComponent(id)}`;
  return personId ? `${path}?personId=${encodeURIComponent(personId)}` : path;
}

export function referHref(personId: string, serviceId: string): string {
  return `/people/${encodeURIComponent(personId)}/onward-referrals/new?serviceId=${encodeURIComponent(serviceId)}`;
}

/** Search results, one card per service: what it is, whether it can take people, how far, how long and how to reach it. */
export function ServiceResultList({ services, personId, searchHref }: ServiceResultListProps) {
  return (
    <ul className="kith-service-results">
      {services.map((service) => (
        <li key={service.id}>
          <div className="nhsuk-card">
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-card__heading nhsuk-heading-m">
                <Link to={serviceDetailHref(service.id, personId)} state={{ from: searchHref }}>
                  {service.name}
                </Link>
              </h3>
              <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">Run by {service.organisationName}</p>
              <div className="kith-tag-row">
                <CapacityTag status={service.capacityStatus} />
                <StaleTag stale={service.stale} lastVerifiedAt={service.lastVerifiedAt} />
              </div>
              {service.description ? <p className="nhsuk-card__description">{shorten(service.description)}</p> : null}
              <dl className="nhsuk-summary-list nhsuk-summary-list--no-border">
                <div className="nhsuk-summary-list__row">
                  <dt className="nhsuk-summary-list__key">Waiting time</dt>
                  <dd className="nhsuk-summary-list__value">{describeWait(service.typicalWaitDays)}</dd>
                </div>
                {service.distanceMetres !== null ? (
                  <div className="nhsuk-summary-list__row">
                    <dt className="nhsuk-summary-list__key">Distance</dt>
                    <dd className="nhsuk-summary-list__value">
                      {formatDistance(service.distanceMetres)}
                      {service.nearestLocation
                        ? `, ${[service.nearestLocation.name, service.nearestLocation.postcode].filter(Boolean).join(', ')}`
                        : ''}
                    </dd>
                  </div>
                ) : null}
                {service.phone ? (
                  <div className="nhsuk-summary-list__row">
                    <dt className="nhsuk-summary-list__key">Phone</dt>
                    <dd className="nhsuk-summary-list__value">
                      <PhoneLink value={service.phone} serviceName={service.name} />
                    </dd>
                  </div>
                ) : null}
                {service.email ? (
                  <div className="nhsuk-summary-list__row">
                    <dt className="nhsuk-summary-list__key">Email</dt>
                    <dd className="nhsuk-summary-list__value">
                      <EmailLink value={service.email} serviceName={service.name} />
                    </dd>
                  </div>
                ) : null}
                <div className="nhsuk-summary-list__row">
                  <dt className="nhsuk-summary-list__key">Referral route</dt>
                  <dd className="nhsuk-summary-list__value">{REFERRAL_ROUTE_LABELS[service.referralRoute]}</dd>
                </div>
                {service.terms.length > 0 ? (
                  <div className="nhsuk-summary-list__row">
                    <dt className="nhsuk-summary-list__key">Helps with</dt>
                    <dd className="nhsuk-summary-list__value">{service.terms.map((term) => term.name).join(', ')}</dd>
                  </div>
                ) : null}
              </dl>
              {personId && isReferable(service) ? (
                <ButtonLink variant="secondary" className="nhsuk-u-margin-bottom-0" to={referHref(personId, service.id)}>
                  Refer<span className="nhsuk-u-visually-hidden"> to {service.name}</span>
                </ButtonLink>
              ) : null}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
