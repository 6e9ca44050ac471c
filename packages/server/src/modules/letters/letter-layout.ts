import PDFDocument from 'pdfkit';
import { letterDate } from './letter-dates.ts';

/**
 * The one letter layout: A4, real text in the standard Helvetica fonts (selectable, searchable,
 * read aloud by screen readers; the PDF is tagged with headings, paragraphs and lists), left
 * aligned and never justified, bold rather than italic or capitals for emphasis (RNIB clear
 * print guidance). Every page carries the organisation's name at the top and "Page 1 of 2" at
 * the bottom. The builders (`*-letter.ts`) say what a letter says; this file only lays it out.
 */

/** One piece of a letter's body, in reading order. */
export type LetterBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean }
  | { kind: 'bullets'; items: string[] }
  /** Label and value pairs, e.g. "Date: Tuesday 8 December 2026". */
  | { kind: 'fields'; rows: ReadonlyArray<readonly [string, string]> }
  /** Items each with their own details, e.g. an action with who does it and by when; each kept on one page. */
  | { kind: 'entries'; entries: ReadonlyArray<{ text: string; rows: ReadonlyArray<readonly [string, string]> }> };

/** What a letter says: built by one of the letter builders from the record. */
export interface LetterContent {
  /** The letter's heading, also the PDF's title: no personal data (it shows in viewers' title bars). */
  title: string;
  /** Name and address lines of whoever the letter is to; empty when it is not posted. */
  recipient: string[];
  blocks: LetterBlock[];
}

/** Where and when the letter is made, and in which print size. */
export interface LetterSetting {
  /** The PCN or organisation sending it, in the header of every page. */
  organisationName: string;
  /** When it was made: the date printed (UK time) and the PDF's creation date. */
  madeAt: Date;
  largePrint: boolean;
}

/** Point sizes and spacing for standard and large print. */
export interface LetterStyle {
  body: number;
  title: number;
  heading: number;
  /** The running header and the page numbers. */
  margin: number;
  /** Extra space between lines of a paragraph. */
  lineGap: number;
  /** Space after a paragraph, list or field block. */
  afterBlock: number;
  /** Space above a heading. */
  beforeHeading: number;
}

/**
 * Standard print is 12pt; large print follows RNIB's clear-print guidance for large print:
 * 16pt body text, headings clearly bigger, more space between lines and blocks.
 */
export const LETTER_STYLES: Readonly<Record<'standard' | 'large', LetterStyle>> = {
  standard: { body: 12, title: 20, heading: 15, margin: 10, lineGap: 3, afterBlock: 10, beforeHeading: 10 },
  large: { body: 16, title: 26, heading: 20, margin: 14, lineGap: 6, afterBlock: 16, beforeHeading: 16 },
};

const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const PAGE_MARGIN = 50;
/** Room for the running header above the body and the page number below it. */
const HEADER_SPACE = 34;

/** Renders the letter as a PDF. The same content and setting always give the same bytes. */
export function renderLetterPdf(content: LetterContent, setting: LetterSetting): Promise<Buffer> {
  const style = setting.largePrint ? LETTER_STYLES.large : LETTER_STYLES.standard;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE_MARGIN + HEADER_SPACE, bottom: PAGE_MARGIN + HEADER_SPACE, left: PAGE_MARGIN, right: PAGE_MARGIN },
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    // Fixed metadata (the file id is derived from it), so one letter always gives the same bytes.
    info: {
      Title: printable(content.title),
      Author: printable(setting.organisationName),
      Creator: 'Kith',
      Producer: 'Kith',
      CreationDate: setting.madeAt,
      ModDate: setting.madeAt,
    },
  });
  const done = collect(doc);
  const body = doc.struct('Document');
  doc.addStructure(body);
  writeOpening(doc, body, content, setting, style);
  for (const block of content.blocks) writeBlock(doc, body, block, style);
  body.end();
  writeRunningParts(doc, setting, style);
  doc.end();
  return done;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

type Structure = PDFKit.PDFStructureElement;

/** The recipient's address block, the date and the title. */
function writeOpening(
  doc: PDFKit.PDFDocument,
  body: Structure,
  content: LetterContent,
  setting: LetterSetting,
  style: LetterStyle,
) {
  if (content.recipient.length > 0) {
    paragraph(doc, body, content.recipient.map(printable).join('\n'), REGULAR, style.body, style);
  }
  paragraph(doc, body, `Date: ${letterDate(setting.madeAt)}`, REGULAR, style.body, style);
  doc.moveDown(0.3);
  body.add(
    doc.struct('H1', {}, () => {
      doc.font(BOLD).fontSize(style.title).text(printable(content.title), { lineGap: style.lineGap });
    }),
  );
  doc.y += style.afterBlock;
}

function writeBlock(doc: PDFKit.PDFDocument, body: Structure, block: LetterBlock, style: LetterStyle) {
  switch (block.kind) {
    case 'heading':
      // A heading is never left alone at the foot of a page.
      keepTogether(
        doc,
        style.beforeHeading + doc.font(BOLD).fontSize(style.heading).currentLineHeight(true) + 5 * lineHeight(doc, style),
      );
      doc.y += style.beforeHeading;
      body.add(
        doc.struct('H2', {}, () => {
          doc.font(BOLD).fontSize(style.heading).text(printable(block.text), { lineGap: style.lineGap });
        }),
      );
      doc.y += style.afterBlock / 2;
      return;
    case 'paragraph':
      paragraph(doc, body, printable(block.text), block.bold ? BOLD : REGULAR, style.body, style);
      return;
    case 'bullets': {
      const list = doc.struct('L');
      body.add(list);
      doc.font(REGULAR).fontSize(style.body);
      doc.list(block.items.map(printable), {
        structParent: list,
        lineGap: style.lineGap,
        bulletRadius: style.body / 6,
        textIndent: style.body * 1.2,
        paragraphGap: style.afterBlock / 2,
      });
      list.end();
      doc.y += style.afterBlock / 2;
      return;
    }
    case 'fields':
      for (const [label, value] of block.rows) {
        body.add(
          doc.struct('P', {}, () => {
            doc
              .font(BOLD)
              .fontSize(style.body)
              .text(`${printable(label)}: `, { continued: true, lineGap: style.lineGap });
            doc.font(REGULAR).text(printable(value), { lineGap: style.lineGap });
          }),
        );
        doc.y += style.afterBlock / 3;
      }
      doc.y += style.afterBlock / 2;
      return;
    case 'entries':
      for (const entry of block.entries) writeEntry(doc, body, entry, style);
      doc.y += style.afterBlock / 2;
      return;
  }
}

/** One entry: its text in bold, then its details indented below it, all on the same page. */
function writeEntry(
  doc: PDFKit.PDFDocument,
  body: Structure,
  entry: { text: string; rows: ReadonlyArray<readonly [string, string]> },
  style: LetterStyle,
) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const indent = style.body * 1.5;
  const rowText = entry.rows.map(([label, value]) => `${printable(label)}: ${printable(value)}`);
  const height =
    doc.font(BOLD).fontSize(style.body).heightOfString(printable(entry.text), { width, lineGap: style.lineGap }) +
    rowText.reduce(
      (sum, row) => sum + doc.font(REGULAR).heightOfString(row, { width: width - indent, lineGap: style.lineGap }),
      0,
    );
  keepTogether(doc, height + style.afterBlock);
  body.add(
    doc.struct('P', {}, () => {
      doc.font(BOLD).fontSize(style.body).text(printable(entry.text), left, doc.y, { width, lineGap: style.lineGap });
    }),
  );
  for (const [label, value] of entry.rows) {
    body.add(
      doc.struct('P', {}, () => {
        doc
          .font(BOLD)
          .fontSize(style.body)
          .text(`${printable(label)}: `, left + indent, doc.y, {
            width: width - indent,
            continued: true,
            lineGap: style.lineGap,
          });
        doc.font(REGULAR).text(printable(value), { lineGap: style.lineGap });
      }),
    );
  }
  doc.x = left;
  doc.y += style.afterBlock * 0.75;
}

function lineHeight(doc: PDFKit.PDFDocument, style: LetterStyle): number {
  return doc.font(REGULAR).fontSize(style.body).currentLineHeight(true) + style.lineGap;
}

/** Starts a new page unless `height` more points fit on this one. */
function keepTogether(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function paragraph(doc: PDFKit.PDFDocument, body: Structure, text: string, font: string, size: number, style: LetterStyle) {
  body.add(
    doc.struct('P', {}, () => {
      doc.font(font).fontSize(size).text(text, { lineGap: style.lineGap });
    }),
  );
  doc.y += style.afterBlock;
}

/**
 * The organisation's name above and "Page n of N" below the body of every page, written once
 * the page count is known. They are marked as artifacts, so screen readers skip the repeats.
 */
function writeRunningParts(doc: PDFKit.PDFDocument, setting: LetterSetting, style: LetterStyle) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    const { margins } = doc.page;
    const width = doc.page.width - margins.left - margins.right;
    // Writing in the bottom margin would otherwise start a new page.
    const bottom = margins.bottom;
    margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font(BOLD)
      .fontSize(style.margin)
      .text(printable(setting.organisationName), margins.left, PAGE_MARGIN, { width, lineBreak: false, ellipsis: true });
    doc
      .font(REGULAR)
      .fontSize(style.margin)
      .text(`Page ${i - start + 1} of ${count}`, margins.left, doc.page.height - PAGE_MARGIN - style.margin, {
        width,
        lineBreak: false,
      });
    doc.endMarkedContent();
    margins.bottom = bottom;
  }
}

/** Windows-1252 beyond ASCII and Latin-1: the characters the standard fonts can print. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * The text as the standard fonts can print it: characters outside their Windows-1252 set (other
 * scripts, emoji) become "?" rather than garbage, and tabs and odd spaces become spaces.
 */
export function printable(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n') out += char;
    else if (char === '\t' || char === '\r' || /\s/u.test(char)) out += char === '\r' ? '' : ' ';
    else if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char)) out += char;
    else out += '?';
  }
  return out;
}
