import type { CompositionSection, Reference, Resource } from '@medplum/fhirtypes';
import { letterCalendarDate, letterDate } from '../../../modules/letters/letter-dates.ts';
import type { MessageBackCode } from './gp-document-coded-entries.ts';
import type { GpDocumentFacts } from './gp-document-facts.ts';
import { instrumentLabel } from './gp-document-measures.ts';
import { type NarrativeBlock, narrative } from './gp-document-narrative.ts';
import { gpActions, outcomeInWords } from './gp-document-wording.ts';

/**
 * The Composition's sections, in the order a GP reads the message back (PRSB Social Prescribing
 * Information Standard): why the person was referred, what happened, the outcome measures, the
 * services they were connected to, and what the practice should do. Each has an escaped XHTML
 * narrative (what a GP system shows) and refers to the structured entries behind it.
 */
export interface SectionEntries {
  referral: Reference<Resource>;
  coded: Array<Reference<Resource>>;
  measures: Array<Reference<Resource>>;
  letter: Reference<Resource> | null;
}

function section(title: string, blocks: NarrativeBlock[], entry: Array<Reference<Resource>>): CompositionSection {
  return { title, text: narrative(blocks), ...(entry.length > 0 ? { entry } : {}) };
}

function dayOf(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : letterDate(date);
}

export function documentSections(
  facts: GpDocumentFacts,
  codes: MessageBackCode[],
  entries: SectionEntries,
): CompositionSection[] {
  const mb = facts.messageBack;
  const { referral } = facts;
  const referredBy = [referral.referrerName, referral.referrerOrganisation].filter(Boolean).join(', ');
  const why = section(
    'Why the person was referred',
    [
      {
        facts: [
          ['Referral received', letterDate(referral.receivedAt)],
          ['Referred by', referredBy || 'Not recorded'],
          ...(facts.person.dateOfBirth
            ? [['Date of birth', letterCalendarDate(facts.person.dateOfBirth)] as [string, string]]
            : []),
        ],
      },
      referral.reasons.length > 0 ? { list: referral.reasons.map((r) => r.label) } : { paragraph: 'No reason was recorded.' },
    ],
    [entries.referral],
  );
  const happened = section(
    'What happened',
    [
      { paragraph: mb.whatHappened },
      {
        facts: [
          ['Outcome', outcomeInWords(mb)],
          ['Ended on', dayOf(mb.endedAt)],
          ...(mb.reason ? [['Reason', mb.reason] as [string, string]] : []),
          ...(mb.summary ? [['Summary', mb.summary] as [string, string]] : []),
        ],
      },
    ],
    entries.coded,
  );
  const measures = section(
    'Outcome measures',
    mb.measureChanges.length > 0
      ? [
          {
            table: {
              head: ['Measure', 'Baseline', 'Latest', 'Change', 'Improvement'],
              rows: mb.measureChanges.map((c) => [
                `${instrumentLabel(c.instrument)}: ${c.figure}`,
                String(c.baseline),
                String(c.latest),
                signed(c.change),
                signed(c.improvement),
              ]),
            },
          },
          {
            paragraph:
              'A positive improvement is better on every measure (anxiety and loneliness scores fall as people improve).',
          },
        ]
      : [{ paragraph: 'No outcome measure was recorded at both the start and a later review.' }],
    entries.measures,
  );
  const services = section(
    'Services the person was connected to',
    mb.servicesConnected.length > 0 ? [{ list: mb.servicesConnected }] : [{ paragraph: 'None recorded.' }],
    [],
  );
  const actions: NarrativeBlock[] = gpActions(mb, codes.length > 0).map((paragraph) => ({ paragraph }));
  if (codes.length > 0) actions.push({ table: { head: ['SNOMED CT code', 'Term'], rows: codes.map((c) => [c.code, c.term]) } });
  if (entries.letter) actions.push({ paragraph: `The letter "${facts.letter?.title ?? ''}" is attached to this document.` });
  const gp = section('What the GP should do', actions, entries.letter ? [entries.letter] : []);
  return [why, happened, measures, services, gp];
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}
