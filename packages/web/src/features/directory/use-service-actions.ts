import type { ServiceSummary } from '@kith/shared';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { type ServiceAction, useServiceAction } from './directory-mutations.ts';
import { actionDoneMessage } from './service-action-messages.ts';

interface ChosenAction {
  serviceId: string;
  serviceName: string;
  action: ServiceAction | '';
}

const NONE: ChosenAction = { serviceId: '', serviceName: '', action: '' };

/**
 * Verify, archive or restore a service from a list. Each is a button with no fields, sent through
 * Kith's form mechanism so a refusal shows in the page's error summary like any form's.
 * `onDone` hears `null` when an action starts and the confirmation when it is done.
 */
export function useServiceActions(onDone: (message: string | null) => void) {
  const serviceAction = useServiceAction();
  const kith = useKithForm({
    defaultValues: NONE,
    toRequest: ({ serviceId, serviceName, action }) =>
      action ? { ok: true, data: { serviceId, serviceName, action } } : { ok: false, issues: [] },
    fieldOrder: [],
    onSubmit: async ({ serviceId, serviceName, action }) => {
      onDone(null);
      await serviceAction.mutateAsync({ id: serviceId, action });
      onDone(actionDoneMessage(serviceName, action));
    },
  });

  const act = (service: ServiceSummary, action: ServiceAction) => {
    kith.form.setValue('serviceId', service.id);
    kith.form.setValue('serviceName', service.name);
    kith.form.setValue('action', action);
    void kith.submit();
  };

  return {
    act,
    /** The service whose action is on its way. */
    busyId: kith.pending ? kith.values.serviceId : null,
    /** For the page's error summary. */
    issues: kith.issues,
    attempt: kith.attempt,
  };
}
