import type { ImportReferralsReport } from '@kith/shared';
import { type ChangeEvent, useRef, useState } from 'react';
import type { Control } from 'react-hook-form';
import { Button } from '../../components/button.tsx';
import { describedBy, FieldErrorMessage, formGroupClass } from '../../components/field-error-message.tsx';
import { FormSelectField, useBoundField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import type { SelectOption } from '../../components/select-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useOrganisations } from '../organisations/organisations-queries.ts';
import { pcnChoice } from '../referrals/pcn-choice.ts';
import { useMe } from '../session/session-queries.ts';
import { ImportProblemsTable } from './import-problems-table.tsx';
import { checkImport, IMPORT_FIELD_ORDER, type ImportValues } from './import-values.ts';
import { useImportReferrals } from './referral-import-queries.ts';
import type { ImportProgress } from './streamed-import.ts';

/**
 * Bulk referrals from a CSV file: check first (nothing is written), fix every problem listed by
 * row and column, then import — all rows or none.
 */
export function ImportReferralsPage() {
  const me = useMe();
  const organisations = useOrganisations({ includeInactive: false });
  if (!me.data || !organisations.data) return <LoadingState what="your organisations" />;
  return <ImportReferralsForm choice={pcnChoice(me.data.memberships, organisations.data)} />;
}

function ImportReferralsForm({ choice }: { choice: { options: SelectOption[]; defaultId: string } }) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const importer = useImportReferrals(setProgress);
  const [report, setReport] = useState<ImportReferralsReport | null>(null);
  // Sending the form checks the file; the button under a clean check's result imports it.
  const importing = useRef(false);
  const kith = useKithForm({
    defaultValues: { organisationId: choice.defaultId, csv: null } as ImportValues,
    toRequest: checkImport,
    fieldOrder: IMPORT_FIELD_ORDER,
    onSubmit: async (request) => {
      const dryRun = !importing.current;
      importing.current = false;
      setProgress(null);
      setReport(await importer.mutateAsync({ ...request, dryRun }));
    },
  });
  usePageTitle('Import referrals', kith.issues.length > 0);

  const file = kith.values.csv;
  const canImport = report?.dryRun && report.problems.length === 0 && report.valid > 0;
  return (
    <>
      <h1>Import referrals</h1>
      <p>
        Upload a CSV file with a header row. Required columns: <code>given_name</code>, <code>family_name</code>,{' '}
        <code>reasons</code> (codes separated by <code>;</code>), <code>consent_to_referral</code> and{' '}
        <code>consent_to_data_sharing</code> (yes or no). Optional: <code>date_of_birth</code>, <code>nhs_number</code>,{' '}
        <code>postcode</code>, <code>phone</code>, <code>email</code>, <code>urgency</code>, <code>notes</code>,{' '}
        <code>referrer_name</code>.
      </p>
      <KithFormFrame kith={kith}>
        <FormSelectField
          control={kith.form.control}
          name="organisationId"
          label="Primary care network"
          options={choice.options}
          placeholder="Choose a primary care network"
        />
        <CsvFileField control={kith.form.control} onChosen={() => setReport(null)} />
        <Button type="submit" pending={kith.pending}>
          Check the file
        </Button>
      </KithFormFrame>
      {kith.pending ? (
        <div role="status">
          <label htmlFor="import-progress">
            {progress
              ? `Imported ${progress.done} of ${progress.total} referrals…`
              : file
                ? `Checking ${file.name}…`
                : 'Working…'}
          </label>
          {progress ? (
            <progress id="import-progress" className="kith-progress" value={progress.done} max={progress.total} />
          ) : (
            <progress id="import-progress" className="kith-progress" />
          )}
        </div>
      ) : null}
      {report ? <ImportResult report={report} /> : null}
      {canImport ? (
        <Button
          type="button"
          onClick={() => {
            importing.current = true;
            void kith.submit();
          }}
          pending={kith.pending}
        >
          Import {report.valid} referrals
        </Button>
      ) : null}
    </>
  );
}

/** The file is read as it is chosen; a file input cannot be given a value, so it is not controlled. */
function CsvFileField({ control, onChosen }: { control: Control<ImportValues>; onChosen: () => void }) {
  const field = useBoundField({ control, name: 'csv' });
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    onChosen();
    field.onChange(chosen ? { name: chosen.name, text: await chosen.text() } : null);
  };
  return (
    <div className={formGroupClass(field.error)}>
      <label className="nhsuk-label" htmlFor={field.id}>
        CSV file
      </label>
      <FieldErrorMessage id="csv-error" message={field.error} />
      <input
        className="nhsuk-file-upload"
        id={field.id}
        name="csv"
        type="file"
        accept=".csv,text/csv"
        aria-describedby={describedBy(field.error && 'csv-error')}
        onChange={(event) => void choose(event)}
      />
    </div>
  );
}

function ImportResult({ report }: { report: ImportReferralsReport }) {
  if (!report.dryRun && report.created > 0) {
    return (
      <div className="nhsuk-inset-text" role="status">
        <p>Imported {report.created} referrals. They are in the referral queue as received.</p>
      </div>
    );
  }
  return (
    <div role="status">
      <p>
        {report.rows} rows checked: {report.valid} ready to import, {report.problems.length} problems.
        {report.problems.length > 0 ? ' Nothing has been imported. Fix the file and check it again.' : ''}
      </p>
      {report.problems.length > 0 ? <ImportProblemsTable problems={report.problems} /> : null}
    </div>
  );
}
