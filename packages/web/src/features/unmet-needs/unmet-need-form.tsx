import { UNMET_NEED_REASON_LABELS, UNMET_NEED_REASONS, type UnmetNeed } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, orderIssues } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { SelectField, type SelectOption } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { buildUnmetNeedRequest, UNMET_NEED_FIELDS, type UnmetNeedFormValues } from './unmet-need-form-values.ts';
import { useRecordUnmetNeed } from './unmet-need-queries.ts';

const REASON_ITEMS = UNMET_NEED_REASONS.map((value) => ({ value, label: UNMET_NEED_REASON_LABELS[value] }));

interface UnmetNeedFormProps {
  personId: string;
  needOptions: readonly SelectOption[];
  initial: UnmetNeedFormValues;
  onRecorded: (need: UnmetNeed) => void;
}

/** What the need is, where, and why nothing met it. */
export function UnmetNeedForm({ personId, needOptions, initial, onRecorded }: UnmetNeedFormProps) {
  const record = useRecordUnmetNeed();
  const [values, setValues] = useState(initial);
  const [issues, setIssues] = useState<FormIssue[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const checked = buildUnmetNeedRequest(personId, values);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    record.mutate(checked.data, {
      onSuccess: onRecorded,
      onError: (error) => setIssues(orderIssues(issuesFromError(error), UNMET_NEED_FIELDS)),
    });
  };

  return (
    <>
      <ErrorSummary issues={issues} linkablePaths={UNMET_NEED_FIELDS} />
      <form onSubmit={submit} noValidate>
        <SelectField
          id="needTermId"
          label="What is the need?"
          value={values.needTermId}
          onChange={(needTermId) => setValues({ ...values, needTermId })}
          options={needOptions}
          placeholder="Choose the need"
          error={messageFor(issues, 'needTermId')}
        />
        <TextField
          id="area"
          label="Area"
          hint="The postcode district or neighbourhood, like BW1. Not the person's full address."
          value={values.area}
          onChange={(area) => setValues({ ...values, area })}
          widthClass="nhsuk-input--width-20"
          error={messageFor(issues, 'area')}
        />
        <RadiosField
          id="reason"
          legend="Why could it not be met?"
          value={values.reason}
          onChange={(reason) => setValues({ ...values, reason })}
          items={REASON_ITEMS}
          error={messageFor(issues, 'reason')}
        />
        <TextareaField
          id="note"
          label="Anything else (optional)"
          hint="For example, the nearest service and why it did not suit. Do not name the person."
          value={values.note}
          onChange={(note) => setValues({ ...values, note })}
          rows={3}
          error={messageFor(issues, 'note')}
        />
        <Button type="submit" pending={record.isPending} pendingLabel="Recording…">
          Record the unmet need
        </Button>
      </form>
    </>
  );
}
