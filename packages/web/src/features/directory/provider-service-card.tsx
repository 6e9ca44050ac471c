import { CAPACITY_STATUS_LABELS, CAPACITY_STATUSES, type ServiceSummary } from '@kith/shared';
import { Link } from 'react-router';
import { FormRadiosField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { ArchivedTag, CapacityTag, StaleTag } from './capacity-tag.tsx';
import {
  buildCapacityRequest,
  capacityFieldOrder,
  capacityFormValues,
  capacityIssuesFromError,
  capacityPath,
  capacityUpdatedMessage,
} from './capacity-values.ts';
import { describeWait } from './directory-format.ts';
import { type ServiceAction, useUpdateCapacity } from './directory-mutations.ts';
import './directory.css';
import { Button } from '../../components/button.tsx';

const CAPACITY_ITEMS = CAPACITY_STATUSES.map((status) => ({ value: status, label: CAPACITY_STATUS_LABELS[status] }));

interface ProviderServiceCardProps {
  service: ServiceSummary;
  /** True while a verify or restore of this service is on its way. */
  actionBusy: boolean;
  onAction: (service: ServiceSummary, action: ServiceAction) => void;
  /** `null` when an update starts, the confirmation when it is saved. */
  onDone: (message: string | null) => void;
}

/**
 * One of the provider's services with the one-click capacity update (which also counts as
 * confirming the details), "Confirm details are still correct" and a link to edit the rest.
 */
export function ProviderServiceCard({ service, actionBusy, onAction, onDone }: ProviderServiceCardProps) {
  const capacity = useUpdateCapacity();
  const kith = useKithForm({
    defaultValues: capacityFormValues(service),
    toRequest: (values) => buildCapacityRequest(service.id, values),
    fieldOrder: capacityFieldOrder(service.id),
    issuesFor: (error) => capacityIssuesFromError(service.id, error),
    onSubmit: async (update) => {
      onDone(null);
      await capacity.mutateAsync({ id: service.id, update });
      onDone(capacityUpdatedMessage(service.name, update));
    },
  });
  const { control } = kith.form;
  const busy = kith.pending || actionBusy;
  const headingId = `service-${service.id}-heading`;

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
            <KithFormFrame kith={kith}>
              <div className="nhsuk-grid-row">
                <div className="nhsuk-grid-column-one-half">
                  <FormRadiosField
                    control={control}
                    name="capacityStatus"
                    issuePath={capacityPath(service.id, 'capacityStatus')}
                    legend="Can it take people now?"
                    items={CAPACITY_ITEMS}
                  />
                </div>
                <div className="nhsuk-grid-column-one-half">
                  <FormTextField
                    control={control}
                    name="typicalWaitDays"
                    issuePath={capacityPath(service.id, 'typicalWaitDays')}
                    label="Typical wait in days"
                    hint="For example, 42 for 6 weeks. Leave empty if you do not know."
                    inputMode="numeric"
                    widthClass="nhsuk-input--width-4"
                  />
                  <Button type="submit" pending={busy}>
                    Update<span className="nhsuk-u-visually-hidden"> {service.name}</span>
                  </Button>
                </div>
              </div>
            </KithFormFrame>
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
