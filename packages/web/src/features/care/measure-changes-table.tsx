import type { MeasureChange } from '@kith/shared';
import { INSTRUMENT_SHORT_LABELS } from '@kith/shared';
import { NhsTable } from '../../components/nhs-table.tsx';
import { figureLabel, improvementWords, signed } from './measure-labels.ts';

interface MeasureChangesTableProps {
  changes: readonly MeasureChange[];
  caption: string;
  captionStyle?: 'medium' | 'visually-hidden';
}

/** Change from baseline per figure, with the direction in words ("Better") beside the signed change. */
export function MeasureChangesTable({ changes, caption, captionStyle = 'medium' }: MeasureChangesTableProps) {
  return (
    <NhsTable
      caption={caption}
      captionStyle={captionStyle}
      columns={['Measure', 'Baseline', 'Latest', 'Change', 'Better or worse']}
      rows={changes}
      rowKey={(change) => `${change.instrument}:${change.figure}`}
      renderRow={(change) => (
        <>
          <th className="nhsuk-table__header" scope="row">
            {INSTRUMENT_SHORT_LABELS[change.instrument]}: {figureLabel(change.instrument, change.figure)}
          </th>
          <td className="nhsuk-table__cell">{change.baseline}</td>
          <td className="nhsuk-table__cell">{change.latest}</td>
          <td className="nhsuk-table__cell">{signed(change.change)}</td>
          <td className="nhsuk-table__cell">{improvementWords(change.improvement)}</td>
        </>
      )}
    />
  );
}
