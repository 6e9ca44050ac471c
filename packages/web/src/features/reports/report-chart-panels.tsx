import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { PanelsModel } from './chart-panels.ts';

const PANEL_WIDTH = 280;
const PANEL_HEIGHT = 96;

/**
 * One small horizontal bar per row, each on its own axis, better always to the right. Sizes are
 * SVG attributes (the Content-Security-Policy allows no inline styles); the layout is in reports.css.
 */
export function ChartPanels({ model }: { model: PanelsModel }) {
  const captionId = useId();
  return (
    <figure className="kith-chart kith-chart-panels" aria-labelledby={captionId}>
      <ul className="kith-chart-panels__list">
        {model.panels.map((panel) => (
          <li className="kith-chart-panels__item" key={panel.label}>
            <p className="nhsuk-body-s kith-chart-panels__title">
              <strong>{panel.label}</strong>
              <br />
              {panel.text}
            </p>
            {panel.value === null ? null : (
              <BarChart
                width={PANEL_WIDTH}
                height={PANEL_HEIGHT}
                layout="vertical"
                data={[{ label: panel.label, value: panel.value, error: errorOf(panel) }]}
                margin={{ top: 4, right: 16, bottom: 4, left: 16 }}
                // The words above each chart and the table say every figure; the small charts are
                // pictures of them, so they are neither focusable nor read out.
                accessibilityLayer={false}
                aria-hidden="true"
              >
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" domain={panel.domain} tickCount={5} allowDecimals />
                <YAxis type="category" dataKey="label" hide />
                <ReferenceLine x={0} stroke="#425563" />
                <Bar dataKey="value" fill="#005eb8" barSize={20} isAnimationActive={false}>
                  {panel.low !== null && panel.high !== null ? (
                    <ErrorBar dataKey="error" width={6} strokeWidth={2} stroke="#212b32" direction="x" />
                  ) : null}
                </Bar>
              </BarChart>
            )}
          </li>
        ))}
      </ul>
      <figcaption className="nhsuk-body-s kith-chart__caption" id={captionId}>
        {model.summary} Bars to the right of 0 are improvements, whichever way the measure is scored.
      </figcaption>
    </figure>
  );
}

/** The interval as recharts' error bar wants it: distances below and above the value. */
function errorOf(panel: { value: number | null; low: number | null; high: number | null }): [number, number] | undefined {
  if (panel.value === null || panel.low === null || panel.high === null) return undefined;
  return [panel.value - panel.low, panel.high - panel.value];
}
