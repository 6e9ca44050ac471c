import { describe, expect, it } from 'vitest';
import { type LetterContent, printable, renderLetterPdf } from './letter-layout.ts';
import { readPdfText } from './pdf-text.test-support.ts';

const setting = { organisationName: 'Test Primary Care Network', madeAt: new Date('2026-07-01T23:30:00Z'), largePrint: false };
const long: LetterContent = {
  title: 'A long letter',
  recipient: ['Ada Test', '1 Mill Lane'],
  blocks: Array.from({ length: 30 }, (_, i) => ({
    kind: 'paragraph',
    text: `Paragraph ${i + 1} of the letter, long enough to matter.`,
  })),
};

describe('letter layout', () => {
  it('numbers every page "Page n of N" under the organisation name, dated in UK time', async () => {
    const { text, pages } = readPdfText(await renderLetterPdf(long, setting));
    expect(pages).toBe(2);
    expect(text).toContain('Page 1 of 2');
    expect(text).toContain('Page 2 of 2');
    expect(text.match(/Test Primary Care Network/g)).toHaveLength(2);
    // 23:30 UTC on 1 July is 00:30 on 2 July in London (BST).
    expect(text).toContain('Date: 2 July 2026');
    expect(text).toContain('Paragraph 30 of the letter');
  });

  it('makes the same bytes from the same letter made at the same time', async () => {
    const [a, b] = await Promise.all([renderLetterPdf(long, setting), renderLetterPdf(long, setting)]);
    expect(a.equals(b)).toBe(true);
    const later = await renderLetterPdf(long, { ...setting, madeAt: new Date('2026-07-03T10:00:00Z') });
    expect(later.equals(a)).toBe(false);
  });

  it('prints what the standard fonts can and marks the rest, so no garbage reaches the page', () => {
    expect(printable('Café £5 – “quoted” €\tok\r\n')).toBe('Café £5 – “quoted” € ok\n');
    expect(printable('Zoë 李 🙂')).toBe('Zoë ? ?');
  });
});
