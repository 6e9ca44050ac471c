import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from './csv.ts';

describe('csv', () => {
  it('writes rows with CRLF line ends, numbers as they are and blanks for null', () => {
    expect(
      csvDocument([
        ['Name', 'Count'],
        ['Garden club', 12],
        ['Walk', null],
      ]),
    ).toBe('Name,Count\r\nGarden club,12\r\nWalk,\r\n');
  });

  it('quotes cells holding commas, quotes or line breaks', () => {
    expect(csvCell('Tea, talk and "cake"')).toBe('"Tea, talk and ""cake"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses text a spreadsheet would run as a formula, but not a negative number', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('-12.50')).toBe('-12.50');
    expect(csvCell(-3)).toBe('-3');
  });
});
