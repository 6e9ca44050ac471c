import type { OrukImportError, OrukImportReport } from '@kith/shared';
import { NhsTable } from '../../components/nhs-table.tsx';
import { SummaryList } from '../../components/summary-list.tsx';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What a check or an import found: counts, then every record Kith could not take. */
export function OrukImportResult({ report }: { report: OrukImportReport }) {
  return (
    <div role="status">
      {report.committed ? (
        <div className="nhsuk-inset-text">
          <p>
            Imported: {plural(report.created, 'new service', 'new services')} and {report.updated} updated.{' '}
            {report.errorCount > 0 ? `${plural(report.errorCount, 'problem', 'problems')}: those records were skipped.` : ''}
          </p>
        </div>
      ) : (
        <>
          <h2>Check results</h2>
          <p>Nothing has been saved yet.{report.errorCount > 0 ? ' Records with problems will be skipped.' : ''}</p>
        </>
      )}
      <SummaryList
        rows={[
          { key: 'Services read', value: report.processed },
          { key: 'New', value: report.created },
          { key: 'Changed', value: report.updated },
          { key: 'Unchanged', value: report.unchanged },
          { key: 'Problems', value: report.errorCount },
        ]}
      />
      {report.errors.length > 0 ? <ProblemsTable errors={report.errors} total={report.errorCount} /> : null}
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
