import type { OutcomeMeasure } from '@kith/shared';
import { OutcomeChart } from './outcome-chart.tsx';
import { outcomeCharts } from './outcome-chart-data.ts';

/** "Scores over time": one chart and table per measure the person has taken. */
export function OutcomeCharts({ measures }: { measures: readonly OutcomeMeasure[] }) {
  const charts = outcomeCharts(measures);
  return (
    <section aria-labelledby="scores-over-time-heading">
      <h2 id="scores-over-time-heading">Scores over time</h2>
      {charts.length === 0 ? (
        <p className="nhsuk-body">Each measure's scores are charted here once it has been taken.</p>
      ) : (
        charts.map((chart) => <OutcomeChart key={chart.instrument} chart={chart} />)
      )}
    </section>
  );
}
