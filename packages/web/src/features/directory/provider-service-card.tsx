import { CAPACITY_STATUS_LABELS, CAPACITY_STATUSES, type CapacityUpdate, type ServiceSummary } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type FormIssue, fieldId, messageFor } from '../../api/form-issues.ts';
import { RadiosField } from '../../components/radios-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { ArchivedTag, CapacityTag, StaleTag } from './capacity-tag.tsx';
import { buildCapacityUpdate } from './capacity-values.ts';
import { describeWait } from './directory-format.ts';
import type { ServiceAction } from './directory-mutations.ts';
import './directory.css';
import { Button } from '../../components/button.tsx';

interface ProviderServiceCardProps {
  service: ServiceSummary;
  /** Problems with this service's update, with paths prefixed by {@link capacityPath}. */
  issues: readonly FormIssue[];
  busy: boolean;
  onUpdate: (service: ServiceSummary, update: CapacityUpdate) => void;
  onInvalid: (service: ServiceSummary, issues: FormIssue[]) => void;
  onAction: (service: ServiceSummary, action: ServiceAction) => void;
}

/** Field paths are per service, so each card's fields and errors are its own. */
export const capacityPath = (serviceId: string, field: string) => `service-${serviceId}.${field}`;

/**
 * One of the provider's services with the one-click capacity update (which also counts as
 * confirming the details), "Confirm details are still correct" and a link to edit the rest.
 */
export function ProviderServiceCard({ service, issues, busy, onUpdate, onInvalid, onAction }: ProviderServiceCardProps) {
  const [capacity, setCapacity] = useState<string>(service.capacityStatus);
  const [wait, setWait] = useState(service.typicalWaitDays === null ? '' : String(service.typicalWaitDays));
  const path = (field: string) => capacityPath(service.id, field);
  const id = (field: string) => fieldId(path(field));
  const headingId = `service-${service.id}-heading`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = buildCapacityUpdate(capacity, wait);
    if (checked.ok) onUpdate(service, checked.data);
    else
      onInvalid(
        service,
        checked.issues.map((issue) => ({ ...issue, path: path(issue.path) })),
      );
  };

  return (
    <section className="nhsuk-card" aria-labelledby={headingId}>
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m" id={headingId}>
          <Link to={`/directory/services/${encodeURIComponent(service.id)}`}>{service.name}</Link>
        </h2>
        <div className="kith-tag-row">
          <CapacityTag status={service.capacityStatus} />
          <StaleTag stale={service.stale} lastVerifiedAt={service.lastVerifiedAt} />
          <ArchivedTag archived={service.archived} />
        </div>
        <p className="nhsuk-body">Typical waiting time: {describeWait(service.typicalWaitDays)}</p>
        {service.archived ? (
          <Button type="button" variant="secondary" pending={busy} onClick={() => onAction(service, 'restore')}>
            Restore<span className="nhsuk-u-visually-hidden"> {service.name}</span> to search
          </Button>
        ) : (
          <>
            <form onSubmit={submit} noValidate>
              <div className="nhsuk-grid-row">
                <div className="nhsuk-grid-column-one-half">
                  <RadiosField
                    id={id('capacityStatus')}
                    legend="Can it take people now?"
                    value={capacity}
                    onChange={setCapacity}
                    items={CAPACITY_STATUSES.map((status) => ({ value: status, label: CAPACITY_STATUS_LABELS[status] }))}
                    error={messageFor(issues, path('capacityStatus'))}
                  />
                </div>
                <div className="nhsuk-grid-column-one-half">
                  <TextField
                    id={id('typicalWaitDays')}
                    label="Typical wait in days"
                    hint="For example, 42 for 6 weeks. Leave empty if you do not know."
                    value={wait}
                    onChange={setWait}
                    inputMode="numeric"
                    widthClass="nhsuk-input--width-4"
                    error={messageFor(issues, path('typicalWaitDays'))}
                  />
                  <Button type="submit" pending={busy}>
                    Update<span className="nhsuk-u-visually-hidden"> {service.name}</span>
                  </Button>
                </div>
              </div>
            </form>
            <div className="kith-row-actions">
              <Button type="button" variant="secondary" pending={busy} onClick={() => onAction(service, 'verify')}>
                Confirm details are still correct<span className="nhsuk-u-visually-hidden"> for {service.name}</span>
              </Button>
              <Link to={`/provider/services/${encodeURIComponent(service.id)}/edit`}>
                Edit<span className="nhsuk-u-visually-hidden"> {service.name}</span>
              </Link>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
