import type { Narrative } from '@medplum/fhirtypes';

/**
 * The human-readable XHTML of the document's sections (FHIR R4 Narrative: a `div` in the XHTML
 * namespace, no scripts, attributes or external content). Every piece of text is escaped here,
 * because the words come from people (reasons, summaries, service names) and a GP system renders
 * this narrative as the document.
 */

/** A block of the narrative: a paragraph, a bulleted list or a table with a header row. */
export type NarrativeBlock =
  | { paragraph: string }
  | { list: string[] }
  | { table: { head: string[]; rows: string[][] } }
  | { facts: Array<[label: string, value: string]> };

// XML 1.0 forbids most control characters even when escaped; people's text may carry them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text made safe for XHTML element content and attribute values. */
export function escapeXhtml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function cells(tag: 'td' | 'th', values: string[]): string {
  return values.map((value) => `<${tag}>${escapeXhtml(value)}</${tag}>`).join('');
}

function blockXhtml(block: NarrativeBlock): string {
  if ('paragraph' in block) return `<p>${escapeXhtml(block.paragraph)}</p>`;
  if ('list' in block) return `<ul>${block.list.map((item) => `<li>${escapeXhtml(item)}</li>`).join('')}</ul>`;
  if ('facts' in block) {
    return `<table><tbody>${block.facts.map(([label, value]) => `<tr>${cells('th', [label])}${cells('td', [value])}</tr>`).join('')}</tbody></table>`;
  }
  const { head, rows } = block.table;
  return `<table><thead><tr>${cells('th', head)}</tr></thead><tbody>${rows.map((row) => `<tr>${cells('td', row)}</tr>`).join('')}</tbody></table>`;
}

/** A generated narrative made of escaped blocks (`generated`: all of it comes from the data). */
export function narrative(blocks: NarrativeBlock[]): Narrative {
  return { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${blocks.map(blockXhtml).join('')}</div>` };
}
