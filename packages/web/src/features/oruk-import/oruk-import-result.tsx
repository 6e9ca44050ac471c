import type { OrukImportError, OrukImportReport, OrukImportWarning } from '@kith/shared';
import { NhsTable } from '../../components/nhs-table.tsx';
import { SummaryList } from '../../components/summary-list.tsx';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * What a check or an import found: counts, then every record Kith could not take, then what it
 * took with a part left out (a location with an impossible latitude, say), each naming the
 * service, the field and the record left out.
 */
export function OrukImportResult({ report }: { report: OrukImportReport }) {
  return (
    <div role="status">
      {report.committed ? (
        <div className="nhsuk-inset-text">
          <p>
            {[
              `Imported: ${plural(report.created, 'new service', 'new services')} and ${report.updated} updated.`,
              report.errorCount > 0 ? `${plural(report.errorCount, 'problem', 'problems')}: those records were skipped.` : '',
              report.warningCount > 0
                ? `${plural(report.warningCount, 'warning', 'warnings')}: parts of records were left out.`
                : '',
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
        </div>
      ) : (
        <>
          <h2>Check results</h2>
          <p>
            Nothing has been saved yet.{report.errorCount > 0 ? ' Records with problems will be skipped.' : ''}
            {report.warningCount > 0 ? ' Parts of records listed under warnings will be left out.' : ''}
          </p>
        </>
      )}
      <SummaryList
        rows={[
          { key: 'Services read', value: report.processed },
          { key: 'New', value: report.created },
          { key: 'Changed', value: report.updated },
          { key: 'Unchanged', value: report.unchanged },
          { key: 'Problems', value: report.errorCount },
          { key: 'Warnings', value: report.warningCount },
        ]}
      />
      {report.errors.length > 0 ? <ProblemsTable errors={report.errors} total={report.errorCount} /> : null}
      {report.warnings.length > 0 ? <WarningsCallout warnings={report.warnings} total={report.warningCount} /> : null}
    </div>
  );
}

function ProblemsTable({ errors, total }: { errors: readonly OrukImportError[]; total: number }) {
  return (
    <>
      <NhsTable
        caption="Records Kith cannot take"
        captionStyle="medium"
        columns={['Record', 'Service id', 'Field', 'Problem']}
        rows={errors}
        rowKey={(e) => `${e.index}-${e.path}-${e.message}`}
        renderRow={(e) => (
          <>
            <td className="nhsuk-table__cell">{e.index + 1}</td>
            <td className="nhsuk-table__cell">{e.id ?? 'Not given'}</td>
            <td className="nhsuk-table__cell">{e.path || 'Whole record'}</td>
            <td className="nhsuk-table__cell">{e.message}</td>
          </>
        )}
      />
      {total > errors.length ? (
        <p>
          The first {errors.length} of {total} problems are listed.
        </p>
      ) : null}
    </>
  );
}

/** Records taken with a part left out, in an NHS warning callout with its own heading and table. */
function WarningsCallout({ warnings, total }: { warnings: readonly OrukImportWarning[]; total: number }) {
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        {plural(total, 'warning', 'warnings')}: parts left out
      </h2>
      <p>These services are imported without the parts named below. Correct them in the feed and import again to add them.</p>
      <NhsTable
        caption="Parts of records left out"
        captionStyle="visually-hidden"
        columns={['Record', 'Service id', 'Field', 'What was left out']}
        rows={warnings}
        rowKey={(w) => `${w.index}-${w.path}-${w.message}`}
        renderRow={(w) => (
          <>
            <td className="nhsuk-table__cell">{w.index + 1}</td>
            <td className="nhsuk-table__cell">{w.id ?? 'Not given'}</td>
            <td className="nhsuk-table__cell">{w.path}</td>
            <td className="nhsuk-table__cell">{w.message}</td>
          </>
        )}
      />
      {total > warnings.length ? (
        <p>
          The first {warnings.length} of {total} warnings are listed.
        </p>
      ) : null}
    </div>
  );
}
