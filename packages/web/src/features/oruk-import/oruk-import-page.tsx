import type { OrukImportProgress, OrukImportReport } from '@kith/shared';
import { useState } from 'react';
import type { Control } from 'react-hook-form';
import { Button } from '../../components/button.tsx';
import { FormRadiosField, FormTextField, useBoundField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { LabelledField } from '../../components/labelled-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useOrukImport } from './oruk-import-queries.ts';
import { OrukImportResult } from './oruk-import-result.tsx';
import {
  buildOrukSource,
  EMPTY_ORUK_IMPORT,
  isSameSource,
  ORUK_IMPORT_FIELD_ORDER,
  type OrukImportValues,
} from './oruk-import-values.ts';
import type { OrukImportSource } from './streamed-oruk-import.ts';

const SOURCE_CHOICES = [
  { value: 'url', label: 'From a feed’s web address', hint: 'Kith reads every page of the feed’s services' },
  {
    value: 'file',
    label: 'From a file',
    hint: 'JSON (a page of services or a list) or NDJSON (one service per line), up to 50 MB',
  },
] as const;

/**
 * Imports community services from an Open Referral UK 3.0 feed: check first (nothing is
 * written) to see the counts and every record Kith cannot take, then import. Records with
 * problems are skipped; the rest are created, or updated by their ORUK ids.
 */
export function OrukImportPage() {
  const [progress, setProgress] = useState<OrukImportProgress | null>(null);
  const [checked, setChecked] = useState<ImportRun | null>(null);
  const [imported, setImported] = useState<ImportRun | null>(null);
  const importer = useOrukImport(setProgress);
  const run = async (source: OrukImportSource, commit: boolean): Promise<ImportRun> => {
    setProgress(null);
    return { source, report: await importer.mutateAsync({ source, commit }) };
  };

  const kith = useKithForm({
    defaultValues: EMPTY_ORUK_IMPORT,
    toRequest: buildOrukSource,
    fieldOrder: ORUK_IMPORT_FIELD_ORDER,
    onSubmit: async (source) => {
      setChecked(null);
      setImported(null);
      // A new check starts the import afresh, without the last import's problems.
      importing.form.reset();
      setChecked(await run(source, false));
    },
  });
  // Importing is a second form of one button, for the feed that was checked.
  const importing = useKithForm({
    defaultValues: {},
    toRequest: () => (checked ? { ok: true, data: checked.source } : { ok: false, issues: [] }),
    fieldOrder: [],
    onSubmit: async (source) => setImported(await run(source, true)),
  });
  usePageTitle('Import services from Open Referral UK', kith.issues.length > 0 || importing.issues.length > 0);

  const busy = kith.pending || importing.pending;
  // A report is shown only while the form still names the feed it was for.
  const shownImport = imported && isSameSource(imported.source, kith.values) ? imported.report : null;
  const shownCheck = checked && isSameSource(checked.source, kith.values) ? checked.report : null;
  const toImport = shownCheck ? shownCheck.created + shownCheck.updated : 0;
  return (
    <>
      <h1>Import services from Open Referral UK</h1>
      <p>
        Bring community services into the directory from another directory that publishes an Open Referral UK 3.0 feed. Check the
        feed first: nothing is saved until you import. Services already in Kith are updated, not duplicated, and keep their
        capacity, referral route and funding details.
      </p>
      <KithFormFrame kith={kith}>
        <FormRadiosField
          control={kith.form.control}
          name="kind"
          issuePath="source"
          legend="Where are the services?"
          items={SOURCE_CHOICES}
        />
        {kith.values.kind === 'url' ? (
          <FormTextField
            control={kith.form.control}
            name="url"
            label="Feed web address"
            hint="The address the feed’s API starts at, for example https://directory.example.org/openreferral"
            type="url"
            spellCheck={false}
          />
        ) : (
          <FeedFileField control={kith.form.control} />
        )}
        <Button variant="secondary" type="submit" pending={busy}>
          Check the feed
        </Button>
      </KithFormFrame>
      {busy ? <ImportProgress progress={progress} committing={importing.pending} /> : null}
      {shownImport ? (
        <OrukImportResult report={shownImport} />
      ) : shownCheck && !busy ? (
        <>
          <OrukImportResult report={shownCheck} />
          {toImport > 0 ? (
            <KithFormFrame kith={importing}>
              <Button type="submit">
                Import {toImport} {toImport === 1 ? 'service' : 'services'}
              </Button>
            </KithFormFrame>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** A check or import and the feed it was for. */
interface ImportRun {
  source: OrukImportSource;
  report: OrukImportReport;
}

/** The file chooser: the file itself is the form's value (a browser keeps a chosen file out of reach of `value`). */
function FeedFileField({ control }: { control: Control<OrukImportValues> }) {
  const file = useBoundField({ control, name: 'file' });
  return (
    <LabelledField id={file.id} label="Feed file" hint="A .json or .ndjson file" error={file.error}>
      {(aria) => (
        <input
          className="nhsuk-file-upload"
          id={file.id}
          name="file"
          type="file"
          accept=".json,.ndjson,.jsonl,application/json,application/x-ndjson"
          onChange={(event) => file.onChange(event.target.files?.[0] ?? null)}
          {...aria}
        />
      )}
    </LabelledField>
  );
}

function ImportProgress({ progress, committing }: { progress: OrukImportProgress | null; committing: boolean }) {
  const verb = committing ? 'Imported' : 'Checked';
  const text = progress
    ? `${verb} ${progress.processed}${progress.total !== undefined ? ` of ${progress.total}` : ''} services…${
        progress.warnings > 0 ? ` ${progress.warnings} with parts left out so far.` : ''
      }`
    : 'Reading the feed…';
  return (
    <div role="status">
      <label htmlFor="oruk-import-progress">{text}</label>
      {progress?.total ? (
        <progress id="oruk-import-progress" className="kith-progress" value={progress.processed} max={progress.total} />
      ) : (
        <progress id="oruk-import-progress" className="kith-progress" />
      )}
    </div>
  );
}
