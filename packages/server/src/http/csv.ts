/**
 * CSV (RFC 4180) for every export: a header row, CRLF line ends. Numbers are written as they are;
 * text a spreadsheet would run as a formula (starting = + - @ or a tab) is prefixed with an
 * apostrophe (OWASP "CSV injection"), because names and titles are typed by people; a plain
 * negative number written as text ("-12.50") is left alone.
 */
export type CsvValue = string | number | null;

export function csvDocument(rows: readonly (readonly CsvValue[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const formulaLike = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value);
  const safe = formulaLike ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
