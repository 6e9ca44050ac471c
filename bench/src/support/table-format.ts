/**
 * Renders rows as a Markdown-style plain-text table. The first `textColumns` columns are
 * left-aligned (labels), the rest right-aligned (figures).
 */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], textColumns = 1): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const isText = (column: number) => column < textColumns;
  const line = (cells: readonly string[]) =>
    `| ${widths.map((width, column) => (isText(column) ? (cells[column] ?? '').padEnd(width) : (cells[column] ?? '').padStart(width))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (isText(column) ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

export function formatNumber(value: number, decimals = 0): string {
  return value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A ratio as `0.42×`, or `n/a` when it could not be computed. */
export function formatRatio(value: number | null, decimals = 2): string {
  return value === null ? 'n/a' : `${formatNumber(value, decimals)}×`;
}

export function formatMegabytes(kilobytes: number | null): string {
  return kilobytes === null ? 'n/a' : formatNumber(kilobytes / 1024);
}
