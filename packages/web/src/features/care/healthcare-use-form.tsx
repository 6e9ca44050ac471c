import type { HealthcareUse } from '@kith/shared';
import { useState } from 'react';
import { Button } from '../../components/button.tsx';
import { formatCalendarDate } from '../../components/date-format.ts';
import { FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { useSaveHealthcareUse } from './healthcare-use-queries.ts';
import {
  afterFiguresOpen,
  buildHealthcareUseRequest,
  closedFields,
  HEALTHCARE_USE_GROUPS,
  HEALTHCARE_USE_KEYS,
  healthcareUseFormValues,
} from './healthcare-use-values.ts';

interface HealthcareUseFormProps {
  referralId: string;
  recorded: HealthcareUse;
  onSaved: () => void;
}

/**
 * GP consultations and A&E attendances in the six months before and after the referral, from the
 * GP record. Each box is optional: a blank box is kept as "not recorded", never as 0.
 */
export function HealthcareUseForm({ referralId, recorded, onSaved }: HealthcareUseFormProps) {
  const save = useSaveHealthcareUse(referralId);
  // "6 months after" figures cannot exist yet: the form says when they can be entered instead.
  const closed = closedFields(afterFiguresOpen(recorded));
  const openFrom = formatCalendarDate(recorded.afterFiguresFrom);
  const [initial] = useState(() => healthcareUseFormValues(recorded));
  const kith = useKithForm({
    defaultValues: initial,
    toRequest: (values) => buildHealthcareUseRequest(values, closed),
    fieldOrder: HEALTHCARE_USE_KEYS,
    onSubmit: async (request) => {
      await save.mutateAsync(request);
      onSaved();
    },
  });

  return (
    <KithFormFrame kith={kith}>
      {HEALTHCARE_USE_GROUPS.map((group) => (
        <fieldset className="nhsuk-fieldset" key={group.legend}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            <h2 className="nhsuk-fieldset__heading">{group.legend}</h2>
          </legend>
          {group.fields.map((field) =>
            closed.has(field.key) ? (
              <div className="nhsuk-form-group" key={field.key}>
                <p className="nhsuk-label">{field.label}</p>
                <p className="nhsuk-hint" id={`${field.key}-not-yet`}>
                  You can enter this from {openFrom}, when the 6 months after the referral have passed.
                </p>
              </div>
            ) : (
              <FormTextField
                key={field.key}
                control={kith.form.control}
                name={field.key}
                label={field.label}
                hint="Leave blank if not recorded."
                inputMode="numeric"
                widthClass="nhsuk-input--width-3"
                autoComplete="off"
              />
            ),
          )}
        </fieldset>
      ))}
      <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
        Save healthcare use
      </Button>
    </KithFormFrame>
  );
}
