/** Below this width (a phone, or a narrow panel) charts draw fewer ticks and shorter labels. */
export const NARROW_CHART_WIDTH = 480;

/** How a chart fits its width: the axis ticks and label lengths it can afford. */
export interface ChartFit {
  narrow: boolean;
  /** Value-axis ticks; recharts' default is 5. */
  tickCount: number;
  /** Longest category label drawn, in characters; the table and tooltip keep the full text. */
  labelMax: number;
  /** Width of the category axis on horizontal bars: fixed when narrow so the bars keep room. */
  categoryAxisWidth: number | 'auto';
}

/** The fit for a chart `width` pixels wide; `null` (not measured yet) draws as wide. */
export function chartFit(width: number | null): ChartFit {
  const narrow = width !== null && width < NARROW_CHART_WIDTH;
  return narrow
    ? { narrow, tickCount: 3, labelMax: 14, categoryAxisWidth: 104 }
    : { narrow, tickCount: 5, labelMax: 40, categoryAxisWidth: 'auto' };
}

/** `text` cut to `max` characters at a word where it can be, ending in an ellipsis when cut. */
export function shortLabel(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const kept = lastSpace >= max / 2 ? cut.slice(0, lastSpace) : cut;
  return `${kept.trimEnd()}…`;
}
