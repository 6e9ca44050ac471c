import { type OrukImportProgress, type OrukImportReport, OrukImportRequest } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { LabelledField } from '../../components/labelled-field.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useOrukImport } from './oruk-import-queries.ts';
import { OrukImportResult } from './oruk-import-result.tsx';
import { MAX_FEED_FILE_BYTES, type OrukImportSource } from './streamed-oruk-import.ts';

type SourceKind = 'url' | 'file';

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
  const [kind, setKind] = useState<SourceKind>('url');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [progress, setProgress] = useState<OrukImportProgress | null>(null);
  const [checked, setChecked] = useState<{ source: OrukImportSource; report: OrukImportReport } | null>(null);
  const [imported, setImported] = useState<OrukImportReport | null>(null);
  const importer = useOrukImport(setProgress);
  usePageTitle('Import services from Open Referral UK', issues.length > 0);

  const sourceFromForm = (): OrukImportSource | FormIssue => {
    if (kind === 'url') {
      const checkedUrl = validateWith(OrukImportRequest, { url: url.trim() });
      if (!checkedUrl.ok) return checkedUrl.issues[0] ?? { path: 'url', message: 'Enter the feed’s web address' };
      return { kind: 'url', url: checkedUrl.data.url };
    }
    if (!file) return { path: 'file', message: 'Choose a JSON or NDJSON file' };
    if (file.size > MAX_FEED_FILE_BYTES) return { path: 'file', message: 'The file must be 50 MB or smaller' };
    return { kind: 'file', file };
  };

  const run = (source: OrukImportSource, commit: boolean) => {
    setIssues([]);
    setProgress(null);
    importer.mutate(
      { source, commit },
      {
        onSuccess: (report) => (commit ? setImported(report) : setChecked({ source, report })),
        onError: (error) => setIssues(issuesFromError(error)),
      },
    );
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    setChecked(null);
    setImported(null);
    const source = sourceFromForm();
    if ('path' in source) {
      setIssues([source]);
      return;
    }
    run(source, false);
  };

  const fileError = messageFor(issues, 'file');
  const toImport = checked ? checked.report.created + checked.report.updated : 0;
  return (
    <>
      <h1>Import services from Open Referral UK</h1>
      <p>
        Bring community services into the directory from another directory that publishes an Open Referral UK 3.0 feed. Check the
        feed first: nothing is saved until you import. Services already in Kith are updated, not duplicated, and keep their
        capacity, referral route and funding details.
      </p>
      <ErrorSummary issues={issues} />
      <form onSubmit={check} noValidate>
        <RadiosField
          id="source"
          legend="Where are the services?"
          value={kind}
          onChange={(value) => {
            setKind(value as SourceKind);
            setChecked(null);
          }}
          items={SOURCE_CHOICES}
        />
        {kind === 'url' ? (
          <TextField
            id="url"
            label="Feed web address"
            hint="The address the feed’s API starts at, for example https://directory.example.org/openreferral"
            value={url}
            onChange={(value) => {
              setUrl(value);
              setChecked(null);
            }}
            type="url"
            spellCheck={false}
            error={messageFor(issues, 'url')}
          />
        ) : (
          <LabelledField id="file" label="Feed file" hint="A .json or .ndjson file" error={fileError}>
            {(aria) => (
              <input
                className="nhsuk-file-upload"
                id="file"
                name="file"
                type="file"
                accept=".json,.ndjson,.jsonl,application/json,application/x-ndjson"
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setChecked(null);
                }}
                {...aria}
              />
            )}
          </LabelledField>
        )}
        <Button variant="secondary" type="submit" pending={importer.isPending}>
          Check the feed
        </Button>
      </form>
      {importer.isPending ? <ImportProgress progress={progress} committing={importer.variables?.commit ?? false} /> : null}
      {imported ? (
        <OrukImportResult report={imported} />
      ) : checked && !importer.isPending ? (
        <>
          <OrukImportResult report={checked.report} />
          {toImport > 0 ? (
            <Button type="button" onClick={() => run(checked.source, true)}>
              Import {toImport} {toImport === 1 ? 'service' : 'services'}
            </Button>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function ImportProgress({ progress, committing }: { progress: OrukImportProgress | null; committing: boolean }) {
  const verb = committing ? 'Imported' : 'Checked';
  const text = progress
    ? `${verb} ${progress.processed}${progress.total !== undefined ? ` of ${progress.total}` : ''} services…`
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
