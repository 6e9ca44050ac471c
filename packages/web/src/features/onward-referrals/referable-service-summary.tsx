import { CAPACITY_STATUS_LABELS, REFERRAL_ROUTE_LABELS, type ServiceDetail } from '@kith/shared';
import { Link } from 'react-router';
import { SummaryList } from '../../components/summary-list.tsx';
import { waitingTimeText } from './task-labels.ts';

/** The service being referred to, and a warning when Kith cannot send it a referral. */
export function ReferableServiceSummary({ service }: { service: ServiceDetail }) {
  const notReferable = service.referralRoute !== 'kith_referral';
  const closed = service.capacityStatus === 'closed';
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Service', value: <Link to={`/directory/services/${service.id}`}>{service.name}</Link> },
          { key: 'Run by', value: service.organisationName },
          { key: 'Capacity', value: CAPACITY_STATUS_LABELS[service.capacityStatus] },
          { key: 'Typical waiting time', value: waitingTimeText(service.typicalWaitDays) },
        ]}
      />
      {notReferable || closed ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            Kith cannot send this referral
          </h2>
          <p className="nhsuk-body">
            {closed
              ? 'The service is closed to referrals at the moment.'
              : `This service takes people by ${REFERRAL_ROUTE_LABELS[service.referralRoute].toLowerCase()}, not referrals through Kith.`}{' '}
            Look for another service, or record an unmet need.
          </p>
        </div>
      ) : null}
    </>
  );
}
