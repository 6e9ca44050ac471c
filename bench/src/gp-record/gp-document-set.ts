import { randomUUID } from 'node:crypto';
import type { GpDocumentFacts } from '@kith/server/interop/fhir/gp-document/gp-document-facts.ts';
import { syntheticGpDocumentFacts } from '@kith/server/interop/fhir/gp-document/gp-document-test-facts.ts';
import { dischargeLetter } from '@kith/server/modules/letters/discharge-letter.ts';
import { renderLetterPdf } from '@kith/server/modules/letters/letter-layout.ts';
import type { ClosedStatus } from '@kith/shared';

/**
 * The documents the throughput figure builds: B's synthetic facts for every ending that reaches
 * the GP record (closed in error does not), discharged twice (goals met, referred elsewhere), each
 * carrying the real discharge letter PDF the prepare job would make for it (rendered once, before
 * timing), so the Bundle is as large as a real one. Synthetic people only.
 */
const VARIANTS: ReadonlyArray<{ ending: ClosedStatus; outcome?: string }> = [
  { ending: 'discharged', outcome: 'goals_met' },
  { ending: 'declined' },
  { ending: 'not_reached' },
  { ending: 'withdrawn' },
  { ending: 'discharged', outcome: 'referred_elsewhere' },
];

export interface DocumentTemplate {
  ending: ClosedStatus;
  facts: GpDocumentFacts;
}

/** One template per variant, with its letter PDF rendered by the letters module. */
export async function documentTemplates(): Promise<DocumentTemplate[]> {
  return Promise.all(
    VARIANTS.map(async ({ ending, outcome }) => {
      const base = syntheticGpDocumentFacts(ending, outcome === undefined ? {} : { outcome });
      const content = dischargeLetter(base.messageBack);
      const pdf = await renderLetterPdf(content, {
        organisationName: base.messageBack.letter.pcnName,
        madeAt: base.generatedAt,
        largePrint: false,
      });
      return { ending, facts: { ...base, letter: { title: content.title, pdf } } };
    }),
  );
}

/**
 * `count` documents, the variants in turn, each with a fresh document id: MESH's local id is the
 * document id, so every delivered document is a new message, as every ending is.
 */
export function documentRound(templates: readonly DocumentTemplate[], count: number): GpDocumentFacts[] {
  return Array.from({ length: count }, (_, index) => {
    const template = templates[index % templates.length] as DocumentTemplate;
    return { ...template.facts, documentId: randomUUID() };
  });
}
