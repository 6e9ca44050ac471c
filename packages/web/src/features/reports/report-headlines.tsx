import type { Report } from '@kith/shared';
import { formatCell } from './report-cells.ts';

/**
 * The key figures at the top of a report, as a list of label and value (a description list, so
 * each figure is read with its label).
 */
export function ReportHeadlines({ report, label }: { report: Report; label: string }) {
  if (report.headlines.length === 0) return null;
  return (
    <dl className="kith-headlines" aria-label={label}>
      {report.headlines.map((headline) => {
        const view = formatCell(
          { kind: headline.kind, unit: headline.unit, decimals: headline.decimals },
          headline.value,
          report.suppressed,
        );
        return (
          <div className="kith-headline" key={headline.label}>
            <dt className="kith-headline__label">{headline.label}</dt>
            <dd className="kith-headline__value" data-kind={headline.kind}>
              {view.spoken ? (
                <>
                  <span aria-hidden="true">{view.text}</span>
                  <span className="nhsuk-u-visually-hidden">{view.spoken}</span>
                </>
              ) : (
                view.text
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
