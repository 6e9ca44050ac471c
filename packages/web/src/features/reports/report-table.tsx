import { columnHeading, type ReportColumn, type ReportTable } from '@kith/shared';
import { TableScroll } from '../../components/table-scroll.tsx';
import { chartModel } from './chart-data.ts';
import { panelsModel } from './chart-panels.ts';
import { type CellView, formatCell, formatRow, missingExplanations } from './report-cells.ts';
import { ReportChart } from './report-chart.tsx';
import { ChartPanels } from './report-chart-panels.tsx';

/** Text or a date in the first column names the row, so it is the row's header. */
function namesRow(column: ReportColumn | undefined): boolean {
  return column?.kind === 'text' || column?.kind === 'date';
}

function CellText({ view }: { view: CellView }) {
  if (!view.spoken) return view.text;
  return (
    <>
      <span aria-hidden="true">{view.text}</span>
      <span className="nhsuk-u-visually-hidden">{view.spoken}</span>
    </>
  );
}

interface ReportTableViewProps {
  table: ReportTable;
  suppressed: boolean;
  /** Unique on the page, for the heading and explanation ids. */
  idPrefix: string;
  headingLevel: 2 | 3;
  /** Where this table's CSV is downloaded from; no link when left out (the evidence pack). */
  csvUrl?: string;
  /** Draws the chart with thinner bars (the evidence pack, a printed summary). */
  compactChart?: boolean;
}

/**
 * One report table: its title, its chart (the table is the accessible version of it), every row
 * with cells formatted by column kind, what "<5", "Not shown" and "–" mean, and the CSV link.
 */
export function ReportTableView({
  table,
  suppressed,
  idPrefix,
  headingLevel,
  csvUrl,
  compactChart = false,
}: ReportTableViewProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `${idPrefix}-heading`;
  const panels = panelsModel(table);
  const model = panels ? null : chartModel(table);
  const views = table.rows.map((row) => formatRow(table.columns, row, suppressed));
  const explanations = missingExplanations(views.flat());
  const rowHeader = namesRow(table.columns[0]);

  return (
    <section className="kith-report-table" aria-labelledby={headingId}>
      <Heading id={headingId}>{table.title}</Heading>
      {table.description ? <p className="nhsuk-body">{table.description}</p> : null}
      {panels ? <ChartPanels model={panels} /> : null}
      {model ? <ReportChart model={model} compact={compactChart} /> : null}
      {table.rows.length === 0 ? (
        <p className="nhsuk-body kith-report-empty">{table.emptyMessage ?? 'There is nothing to show for these filters.'}</p>
      ) : (
        // Named apart from the section around it (which the heading names), so landmarks stay unique.
        <TableScroll label={`${table.title} (table)`}>
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{table.title}</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                {table.columns.map((column) => (
                  <th
                    className={
                      formatCell(column, 0, false).numeric
                        ? 'nhsuk-table__header nhsuk-table__header--numeric'
                        : 'nhsuk-table__header'
                    }
                    scope="col"
                    key={column.key}
                  >
                    {columnHeading(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {views.map((cells, rowIndex) => (
                // Report rows have no id of their own; their order is fixed for one response.
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are replaced whole, never reordered
                <tr className="nhsuk-table__row" key={rowIndex}>
                  {cells.map((view, columnIndex) => {
                    const column = table.columns[columnIndex];
                    const key = column?.key ?? String(columnIndex);
                    if (columnIndex === 0 && rowHeader) {
                      return (
                        <th className="nhsuk-table__header" scope="row" key={key}>
                          <CellText view={view} />
                        </th>
                      );
                    }
                    const className = view.numeric ? 'nhsuk-table__cell nhsuk-table__cell--numeric' : 'nhsuk-table__cell';
                    return (
                      <td className={className} key={key} data-kind={column?.kind}>
                        <CellText view={view} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {explanations.length > 0 ? (
        <ul className="nhsuk-list nhsuk-body-s">
          {explanations.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {csvUrl ? (
        <p className="nhsuk-body kith-no-print">
          <a href={csvUrl} download>
            Download CSV<span className="nhsuk-u-visually-hidden">: {table.title}</span>
          </a>
        </p>
      ) : null}
    </section>
  );
}
