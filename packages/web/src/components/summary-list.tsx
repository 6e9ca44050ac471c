import type { ReactNode } from 'react';

export interface SummaryRow {
  key: string;
  value: ReactNode;
}

interface SummaryListProps {
  rows: readonly SummaryRow[];
}

/**
 * NHS summary list: a key and a value per row, read-only.
 * https://service-manual.nhs.uk/design-system/components/summary-list
 */
export function SummaryList({ rows }: SummaryListProps) {
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((row) => (
        <div className="nhsuk-summary-list__row" key={row.key}>
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
