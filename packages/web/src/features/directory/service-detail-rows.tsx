import {
  FUNDING_STATUS_LABELS,
  isHttpUrl,
  type ORUK_SERVICE_STATUSES,
  REFERRAL_ROUTE_LABELS,
  type ServiceDetail,
} from '@kith/shared';
import { formatCalendarDate, formatDateTime } from '../../components/date-format.ts';
import type { SummaryRow } from '../../components/summary-list.tsx';
import { ArchivedTag, CapacityTag, StaleTag } from './capacity-tag.tsx';
import { describeAges, describeCost, describeWait } from './directory-format.ts';

/** ORUK service statuses in words. */
export const ORUK_STATUS_LABELS: Record<(typeof ORUK_SERVICE_STATUSES)[number], string> = {
  active: 'Running',
  inactive: 'Not running',
  defunct: 'Closed down',
  'temporarily closed': 'Temporarily closed',
};

function funding(service: ServiceDetail): string {
  const label = FUNDING_STATUS_LABELS[service.fundingStatus];
  return service.fundedUntil ? `${label}, until ${formatCalendarDate(service.fundedUntil)}` : label;
}

function verified(service: ServiceDetail): string {
  if (!service.lastVerifiedAt) return 'Never';
  const when = formatDateTime(service.lastVerifiedAt);
  return service.lastVerifiedBy ? `${when} by ${service.lastVerifiedBy}` : when;
}

function costs(service: ServiceDetail) {
  if (service.costOptions.length === 0) return service.free ? 'Free' : 'Not known';
  if (service.costOptions.length === 1)
    return describeCost(service.costOptions[0] ?? { option: null, amount: null, amountDescription: null });
  return (
    <ul className="nhsuk-list">
      {service.costOptions.map((cost) => (
        <li key={cost.id}>{describeCost(cost)}</li>
      ))}
    </ul>
  );
}

const orNotGiven = (value: string | null | undefined) => (value ? value : 'Not given');
const listOrNotGiven = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : 'Not given');

/** The service's own details, as NHS summary list rows, in the order a link worker weighs them (phones and email are above them, on the page). */
export function serviceSummaryRows(service: ServiceDetail): SummaryRow[] {
  return [
    { key: 'Run by', value: service.organisationName },
    {
      key: 'Capacity',
      value: (
        <span className="kith-tag-row">
          <CapacityTag status={service.capacityStatus} />
          <ArchivedTag archived={service.archived} />
        </span>
      ),
    },
    { key: 'Typical waiting time', value: describeWait(service.typicalWaitDays) },
    { key: 'Referral route', value: REFERRAL_ROUTE_LABELS[service.referralRoute] },
    { key: 'Helps with', value: service.terms.length > 0 ? service.terms.map((term) => term.name).join(', ') : 'Not given' },
    { key: 'Description', value: <span className="kith-pre-line">{orNotGiven(service.description)}</span> },
    { key: 'Ages', value: describeAges(service.minimumAge, service.maximumAge) },
    { key: 'Costs', value: costs(service) },
    ...(service.fees ? [{ key: 'About fees', value: service.fees }] : []),
    { key: 'Languages', value: listOrNotGiven(service.languages) },
    { key: 'Areas served', value: listOrNotGiven(service.serviceAreas) },
    {
      key: 'Website',
      // Only http(s) becomes a link (the server refuses anything else; this is a second check).
      value: service.url ? (
        isHttpUrl(service.url) ? (
          <a href={service.url} rel="noreferrer noopener" target="_blank">
            {service.url} (opens in a new tab)
          </a>
        ) : (
          service.url
        )
      ) : (
        'Not given'
      ),
    },
    { key: 'Status', value: ORUK_STATUS_LABELS[service.status] },
    { key: 'Funding', value: funding(service) },
    {
      key: 'Last verified',
      value: (
        <>
          {verified(service)} <StaleTag stale={service.stale} lastVerifiedAt={service.lastVerifiedAt} />
        </>
      ),
    },
  ];
}
