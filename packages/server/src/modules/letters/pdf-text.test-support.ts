import { inflateSync } from 'node:zlib';

/**
 * Reads back what a letter PDF really says, for tests: inflates every Flate content stream of
 * the file pdfkit wrote (the real, compressed output) and decodes its text operators. pdfkit
 * writes standard-font text as hex strings in Windows-1252 inside `TJ` arrays (numbers between
 * them are kerning) and selects sizes with `Tf`; that is all this understands, on purpose.
 */
export interface PdfText {
  /** All text in content order, lines joined with spaces and runs of spaces collapsed. */
  text: string;
  /** Each text line as drawn, with the font size it was drawn in. */
  runs: { text: string; size: number }[];
  /** How many pages the file has. */
  pages: number;
}

/**
 * Windows-1252's bytes 0x80-0x9F (the rest is Latin-1). Spelt out because Node's TextDecoder
 * treats 'windows-1252' as Latin-1 and turns these into control characters.
 */
const WIN_ANSI_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function readPdfText(pdf: Buffer): PdfText {
  const runs: { text: string; size: number }[] = [];
  for (const stream of contentStreams(pdf)) {
    let size = 0;
    // `/F1 12 Tf` sets the size; `[<..> 10 <..>] TJ` and `<..> Tj` draw text.
    const operators = /\/\S+\s+([\d.]+)\s+Tf|\[((?:<[0-9a-fA-F]*>|\([^)]*\)|[\s\d.-])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g;
    for (const match of stream.matchAll(operators)) {
      if (match[1] !== undefined) size = Number(match[1]);
      else {
        const hexParts =
          match[2] !== undefined ? [...match[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1] ?? '') : [match[3] ?? ''];
        runs.push({ text: hexParts.map(decodeHex).join(''), size });
      }
    }
  }
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  return {
    text: runs
      .map((r) => r.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
    runs,
    pages,
  };
}

function decodeHex(hex: string): string {
  return [...Buffer.from(hex, 'hex')]
    .map((byte) => (byte >= 0x80 && byte <= 0x9f ? WIN_ANSI_C1[byte - 0x80] : String.fromCharCode(byte)))
    .join('');
}

/** The decompressed content of every `/FlateDecode` stream (fonts' and images' streams decode to noise and match nothing). */
function contentStreams(pdf: Buffer): string[] {
  const streams: string[] = [];
  const source = pdf.toString('latin1');
  const marker = /\/FlateDecode[\s\S]*?>>\s*stream\r?\n/g;
  for (const match of source.matchAll(marker)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = source.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      streams.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Trailing end-of-line bytes before `endstream` are allowed; inflate ignores them, but a
      // stream that is not zlib at all (none in pdfkit's output) is skipped.
    }
  }
  return streams;
}
