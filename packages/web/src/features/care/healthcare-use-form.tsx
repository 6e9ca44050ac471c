import type { HealthcareUse } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, orderIssues } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { formatCalendarDate } from '../../components/date-format.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextField } from '../../components/text-field.tsx';
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
  const [values, setValues] = useState(() => healthcareUseFormValues(recorded));
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const shown = orderIssues(issues, HEALTHCARE_USE_KEYS);
  // "6 months after" figures cannot exist yet: the form says when they can be entered instead.
  const closed = closedFields(afterFiguresOpen(recorded));
  const openFrom = formatCalendarDate(recorded.afterFiguresFrom);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = buildHealthcareUseRequest(values, closed);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    save.mutate(checked.data, { onSuccess: onSaved, onError: (error) => setIssues(issuesFromError(error)) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary issues={shown} />
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
              <TextField
                key={field.key}
                id={field.key}
                label={field.label}
                hint="Leave blank if not recorded."
                value={values[field.key]}
                onChange={(value) => setValues({ ...values, [field.key]: value })}
                inputMode="numeric"
                widthClass="nhsuk-input--width-3"
                autoComplete="off"
                error={messageFor(shown, field.key)}
              />
            ),
          )}
        </fieldset>
      ))}
      <Button type="submit" pending={save.isPending} pendingLabel="Saving…">
        Save healthcare use
      </Button>
    </form>
  );
}
