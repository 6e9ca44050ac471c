import type { ImportReferralsReport } from '@kith/shared';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { describedBy, FieldErrorMessage, formGroupClass } from '../../components/field-error-message.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useOrganisations } from '../organisations/organisations-queries.ts';
import { pcnChoice } from '../referrals/pcn-choice.ts';
import { useMe } from '../session/session-queries.ts';
import { ImportProblemsTable } from './import-problems-table.tsx';
import { useImportReferrals } from './referral-import-queries.ts';
import type { ImportProgress } from './streamed-import.ts';

/**
 * Bulk referrals from a CSV file: check first (nothing is written), fix every problem listed by
 * row and column, then import — all rows or none.
 */
export function ImportReferralsPage() {
  const me = useMe();
  const organisations = useOrganisations({ includeInactive: false });
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const importer = useImportReferrals(setProgress);
  const [pcnId, setPcnId] = useState('');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [report, setReport] = useState<ImportReferralsReport | null>(null);
  usePageTitle('Import referrals', issues.length > 0);

  if (!me.data || !organisations.data) return <LoadingState what="your organisations" />;
  const choice = pcnChoice(me.data.memberships, organisations.data);
  const organisationId = pcnId || choice.defaultId;

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setReport(null);
    setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null);
  };

  const run = (dryRun: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    const missing: FormIssue[] = [];
    if (!organisationId) missing.push({ path: 'organisationId', message: 'Choose the primary care network' });
    if (!file) missing.push({ path: 'csv', message: 'Choose a CSV file' });
    setIssues(missing);
    setProgress(null);
    if (missing.length > 0 || !file) return;
    importer.mutate(
      { organisationId, csv: file.text, dryRun },
      { onSuccess: setReport, onError: (error) => setIssues(issuesFromError(error)) },
    );
  };

  const csvError = messageFor(issues, 'csv');
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
      <ErrorSummary issues={issues} />
      <form onSubmit={run(true)} noValidate>
        <SelectField
          id="organisationId"
          label="Primary care network"
          value={organisationId}
          onChange={setPcnId}
          options={choice.options}
          placeholder="Choose a primary care network"
          error={messageFor(issues, 'organisationId')}
        />
        <div className={formGroupClass(csvError)}>
          <label className="nhsuk-label" htmlFor="csv">
            CSV file
          </label>
          <FieldErrorMessage id="csv-error" message={csvError} />
          <input
            className="nhsuk-file-upload"
            id="csv"
            name="csv"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={describedBy(csvError && 'csv-error')}
            onChange={(event) => void chooseFile(event)}
          />
        </div>
        <Button type="submit" pending={importer.isPending}>
          Check the file
        </Button>
      </form>
      {importer.isPending ? (
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
        <Button type="button" onClick={() => run(false)()} pending={importer.isPending}>
          Import {report.valid} referrals
        </Button>
      ) : null}
    </>
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
