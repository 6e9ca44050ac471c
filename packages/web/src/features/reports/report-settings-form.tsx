import type { ReportSettings } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, orderIssues } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { NumberFieldInputs } from './number-field-inputs.tsx';
import { numberTexts, PRESSURE_FIELDS, ROI_FIELDS, readNumberFields } from './number-fields.ts';
import { useSaveReportSettings } from './report-queries.ts';

const ORDER = [...PRESSURE_FIELDS.map((f) => `pressure.${f.key}`), ...ROI_FIELDS.map((f) => `roi.${f.key}`)];

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
  const [pressure, setPressure] = useState(() => numberTexts(PRESSURE_FIELDS, settings.pressure));
  const [roi, setRoi] = useState(() => numberTexts(ROI_FIELDS, settings.roi));
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const shown = orderIssues(issues, ORDER);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const readPressure = readNumberFields(PRESSURE_FIELDS, pressure, 'pressure.');
    const readRoi = readNumberFields(ROI_FIELDS, roi, 'roi.');
    if (!readPressure.ok || !readRoi.ok) {
      setIssues([...(readPressure.ok ? [] : readPressure.issues), ...(readRoi.ok ? [] : readRoi.issues)]);
      return;
    }
    setIssues([]);
    save.mutate(
      { pressure: readPressure.data, roi: readRoi.data },
      { onSuccess: onSaved, onError: (error) => setIssues(issuesFromError(error)) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary issues={shown} />
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
          <h2 className="nhsuk-fieldset__heading">Caseload capacity and the supervisor alert</h2>
        </legend>
        <NumberFieldInputs
          fields={PRESSURE_FIELDS}
          values={pressure}
          onChange={(key, value) => setPressure({ ...pressure, [key]: value })}
          issues={shown}
          pathPrefix="pressure."
        />
      </fieldset>
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
          <h2 className="nhsuk-fieldset__heading">Return on investment: saved assumptions</h2>
        </legend>
        <p className="nhsuk-body">
          The starting point for every return on investment view. Anyone viewing the report can change them for their own view.
        </p>
        <NumberFieldInputs
          fields={ROI_FIELDS}
          values={roi}
          onChange={(key, value) => setRoi({ ...roi, [key]: value })}
          issues={shown}
          pathPrefix="roi."
        />
      </fieldset>
      <Button type="submit" pending={save.isPending} pendingLabel="Saving…">
        Save settings
      </Button>
    </form>
  );
}
