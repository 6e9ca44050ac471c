import type { RoiAssumptions } from '@kith/shared';
import { type FormIssue, orderIssues } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
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
  const kith = useKithForm({
    defaultValues: numberTexts(ROI_FIELDS, inUse),
    toRequest: (values) => readNumberFields(ROI_FIELDS, values),
    fieldOrder: ORDER,
    // Problems the server found with the assumptions in the address (the filters' own are the filter form's).
    externalIssues: orderIssues(
      serverIssues.filter((issue) => (ORDER as readonly string[]).includes(issue.path)),
      ORDER,
    ),
    onSubmit: async (roi) => onApply(roi),
  });

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
      <KithFormFrame kith={kith}>
        <NumberFieldInputs control={kith.form.control} fields={ROI_FIELDS} />
        <div className="nhsuk-button-group">
          <Button type="submit">Recalculate</Button>
          {overridden ? (
            <Button variant="secondary" type="button" onClick={onReset}>
              Reset to saved defaults
            </Button>
          ) : null}
        </div>
      </KithFormFrame>
    </section>
  );
}
