import type { ImportProblem } from '@kith/shared';
import { NhsTable } from '../../components/nhs-table.tsx';

/** Every problem in the file, by spreadsheet row and CSV column, so it can be fixed in one pass. */
export function ImportProblemsTable({ problems }: { problems: readonly ImportProblem[] }) {
  return (
    <NhsTable
      caption="Problems to fix"
      captionStyle="medium"
      columns={['Row', 'Column', 'Problem']}
      rows={problems}
      rowKey={(problem) => `${problem.row}-${problem.column}-${problem.message}`}
      renderRow={(problem) => (
        <>
          <td className="nhsuk-table__cell">{problem.row}</td>
          <td className="nhsuk-table__cell">{problem.column || 'Whole file'}</td>
          <td className="nhsuk-table__cell">{problem.message}</td>
        </>
      )}
    />
  );
}
