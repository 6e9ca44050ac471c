import { INSTRUMENT_DEFINITIONS, INSTRUMENT_SHORT_LABELS, type OutcomeMeasure } from '@kith/shared';
import { formatDateTime } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { TIMEPOINT_LABELS } from './measure-labels.ts';

function scoreText(measure: OutcomeMeasure): string {
  if (measure.metricScore !== null) return `${measure.metricScore} (raw ${measure.rawTotal ?? '–'})`;
  if (measure.rawTotal !== null)
    return `${measure.rawTotal} out of ${INSTRUMENT_DEFINITIONS[measure.instrument].max * measure.items.length}`;
  return 'Each answer is its own score';
}

/** Every measure recorded for the case, oldest first, with its answers and score. */
export function MeasureResultsTable({ measures }: { measures: readonly OutcomeMeasure[] }) {
  const oldestFirst = [...measures].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  return (
    <NhsTable
      caption="Measures recorded"
      captionStyle="medium"
      columns={['Measure', 'When', 'Answers', 'Score', 'Recorded']}
      rows={oldestFirst}
      rowKey={(measure) => measure.id}
      emptyMessage="No measures recorded yet."
      renderRow={(measure) => (
        <>
          <th className="nhsuk-table__header" scope="row">
            {INSTRUMENT_SHORT_LABELS[measure.instrument]}
          </th>
          <td className="nhsuk-table__cell">{TIMEPOINT_LABELS[measure.timepoint]}</td>
          <td className="nhsuk-table__cell">{measure.items.join(', ')}</td>
          <td className="nhsuk-table__cell">{scoreText(measure)}</td>
          <td className="nhsuk-table__cell">
            <time dateTime={measure.recordedAt}>{formatDateTime(measure.recordedAt)}</time>
          </td>
        </>
      )}
    />
  );
}
