import type { PressureSettings, ReportSettings, RoiAssumptions, UpdateReportSettingsRequest } from '@kith/shared';
import type { Checked } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { NumberFieldInputs } from './number-field-inputs.tsx';
import { numberTexts, PRESSURE_FIELDS, ROI_FIELDS, readNumberFields } from './number-fields.ts';
import { useSaveReportSettings } from './report-queries.ts';

const ORDER = [...PRESSURE_FIELDS.map((f) => `pressure.${f.key}`), ...ROI_FIELDS.map((f) => `roi.${f.key}`)];

interface SettingsValues {
  pressure: Record<keyof PressureSettings, string>;
  roi: Record<keyof RoiAssumptions, string>;
}

/** Reads both groups of numbers, naming problems the way the server does (`roi.gpConsultationCost`). */
function buildSettingsRequest(values: SettingsValues): Checked<UpdateReportSettingsRequest> {
  const pressure = readNumberFields(PRESSURE_FIELDS, values.pressure, 'pressure.');
  const roi = readNumberFields(ROI_FIELDS, values.roi, 'roi.');
  if (pressure.ok && roi.ok) return { ok: true, data: { pressure: pressure.data, roi: roi.data } };
  return { ok: false, issues: [...(pressure.ok ? [] : pressure.issues), ...(roi.ok ? [] : roi.issues)] };
}

interface ReportSettingsFormProps {
  settings: ReportSettings;
  onSaved: () => void;
}

/**
 * Caseload capacity, the supervisor alert and the saved ROI assumptions (admins). Problems are
 * shown beside the field they are about, whether found here or by the server.
 */
export function ReportSettingsForm({ settings, onSaved }: ReportSettingsFormProps) {
  const save = useSaveReportSettings();
  const kith = useKithForm({
    defaultValues: { pressure: numberTexts(PRESSURE_FIELDS, settings.pressure), roi: numberTexts(ROI_FIELDS, settings.roi) },
    toRequest: buildSettingsRequest,
    fieldOrder: ORDER,
    onSubmit: async (request) => {
      await save.mutateAsync(request);
      onSaved();
    },
  });

  return (
    <KithFormFrame kith={kith}>
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
          <h2 className="nhsuk-fieldset__heading">Caseload capacity and the supervisor alert</h2>
        </legend>
        <NumberFieldInputs control={kith.form.control} fields={PRESSURE_FIELDS} pathPrefix="pressure." />
      </fieldset>
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
          <h2 className="nhsuk-fieldset__heading">Return on investment: saved assumptions</h2>
        </legend>
        <p className="nhsuk-body">
          The starting point for every return on investment view. Anyone viewing the report can change them for their own view.
        </p>
        <NumberFieldInputs control={kith.form.control} fields={ROI_FIELDS} pathPrefix="roi." />
      </fieldset>
      <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
        Save settings
      </Button>
    </KithFormFrame>
  );
}
