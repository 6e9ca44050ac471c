import type { ReactNode } from 'react';
import { TableScroll } from './table-scroll.tsx';

interface NhsTableProps<Row> {
  /** Names the table for screen readers (WCAG 1.3.1). */
  caption: string;
  /** `medium` shows the caption as a heading; `visually-hidden` when the page heading already says it. */
  captionStyle: 'medium' | 'visually-hidden';
  /** Column header texts, left to right. */
  columns: readonly string[];
  rows: readonly Row[];
  /** A stable React key for each row. */
  rowKey: (row: Row) => string;
  /** The cells of one row: `<td>`s, with a `<th scope="row">` first where a column names the row. */
  renderRow: (row: Row) => ReactNode;
  /** Shown in one row spanning every column when there are no rows. */
  emptyMessage?: string;
}

const CAPTION_CLASSES = {
  medium: 'nhsuk-table__caption nhsuk-table__caption--m',
  'visually-hidden': 'nhsuk-table__caption nhsuk-u-visually-hidden',
} as const;

/**
 * An NHS table with a caption and column headers, one body row per item. Every table scrolls
 * sideways inside its own region named by the caption, first column kept in view, so a wide table
 * never pushes the page sideways on a phone (kith.css, `.kith-table-scroll`).
 * https://service-manual.nhs.uk/design-system/components/table
 */
export function NhsTable<Row>({ caption, captionStyle, columns, rows, rowKey, renderRow, emptyMessage }: NhsTableProps<Row>) {
  return (
    <TableScroll label={caption}>
      <table className="nhsuk-table">
        <caption className={CAPTION_CLASSES[captionStyle]}>{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            {columns.map((column) => (
              <th className="nhsuk-table__header" scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.length === 0 && emptyMessage ? (
            <tr className="nhsuk-table__row">
              <td className="nhsuk-table__cell" colSpan={columns.length}>
                {emptyMessage}
              </td>
            </tr>
          ) : null}
          {rows.map((row) => (
            <tr className="nhsuk-table__row" key={rowKey(row)}>
              {renderRow(row)}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
