import type { RoiAssumptions } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, orderIssues } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { NumberFieldInputs } from './number-field-inputs.tsx';
import { numberTexts, ROI_FIELDS, readNumberFields } from './number-fields.ts';

interface RoiAssumptionsFormProps {
  /** The assumptions this view uses: the saved defaults, with any changed for this view. */
  inUse: RoiAssumptions;
  /** True when this view changes any saved default. */
  overridden: boolean;
  /** True when nobody has saved local figures yet, so the illustrative national ones are in use. */
  illustrative: boolean;
  onApply: (roi: RoiAssumptions) => void;
  onReset: () => void;
  /** Problems the server found with the assumptions in the page address. */
  serverIssues: readonly FormIssue[];
}

const ORDER = ROI_FIELDS.map((field) => field.key);

/**
 * Every return-on-investment assumption, visible and editable for this view. Changes go into the
 * page address (so the view can be shared) and re-run the report; the saved defaults stay.
 */
export function RoiAssumptionsForm({ inUse, overridden, illustrative, onApply, onReset, serverIssues }: RoiAssumptionsFormProps) {
  const [values, setValues] = useState(() => numberTexts(ROI_FIELDS, inUse));
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const relevantServerIssues = serverIssues.filter((issue) => (ORDER as readonly string[]).includes(issue.path));
  const shown = orderIssues(issues.length > 0 ? issues : relevantServerIssues, ORDER);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = readNumberFields(ROI_FIELDS, values);
    if (!read.ok) {
      setIssues(read.issues);
      return;
    }
    setIssues([]);
    onApply(read.data);
  };

  return (
    <section className="kith-no-print" aria-labelledby="roi-assumptions-heading">
      <h2 id="roi-assumptions-heading">Change the assumptions</h2>
      <p className="nhsuk-body">
        Every assumption behind the estimate is shown here. Change any of them to see the effect: the changes apply to this view
        only and are kept in the page address, so you can share it. They do not change the saved defaults.
      </p>
      {illustrative ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            These are illustrative national figures, not checked for your area. Replace them with local unit costs; an
            administrator can save local defaults.
          </p>
        </div>
      ) : null}
      <p className="nhsuk-body" role="status">
        {overridden ? 'This view uses assumptions that differ from the saved defaults.' : 'This view uses the saved defaults.'}
      </p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary issues={shown} />
        <NumberFieldInputs
          fields={ROI_FIELDS}
          values={values}
          onChange={(key, value) => setValues({ ...values, [key]: value })}
          issues={shown}
        />
        <div className="nhsuk-button-group">
          <Button type="submit">Recalculate</Button>
          {overridden ? (
            <Button variant="secondary" type="button" onClick={onReset}>
              Reset to saved defaults
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
