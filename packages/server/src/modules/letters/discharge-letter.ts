import {
  dischargeOutcomeLabel,
  formatNhsNumber,
  type MeasureChange,
  type MessageBack,
  REFERRAL_STATUS_LABELS,
} from '@kith/shared';
import { letterCalendarDate } from './letter-dates.ts';
import type { LetterBlock, LetterContent } from './letter-layout.ts';

const NONE = 'None recorded';

/** The letter's title: a discharge letter, or for any other ending the referral's closure. */
export function dischargeLetterTitle(ending: MessageBack['ending']): string {
  return ending === 'discharged' ? 'Discharge letter' : 'Social prescribing referral closed';
}

/**
 * The message back (modules/care/message-back.ts builds it; the screen shows the same content)
 * as a letter to the referrer or GP practice: about whom, what happened and why, the summary,
 * services connected, wellbeing measures and the SNOMED CT codes for the GP record.
 */
export function dischargeLetter(message: MessageBack): LetterContent {
  const { letter } = message;
  const discharged = message.ending === 'discharged';
  const about: [string, string][] = [['About', message.personName]];
  if (message.nhsNumber) about.push(['NHS number', formatNhsNumber(message.nhsNumber)]);
  if (letter.personDateOfBirth) about.push(['Date of birth', letterCalendarDate(letter.personDateOfBirth)]);
  const blocks: LetterBlock[] = [
    { kind: 'fields', rows: about },
    { kind: 'paragraph', text: 'Dear colleague,' },
    { kind: 'paragraph', text: message.whatHappened },
    {
      kind: 'fields',
      rows: [
        discharged ? ['Outcome', dischargeOutcomeLabel(message.outcome)] : ['Status', REFERRAL_STATUS_LABELS[message.ending]],
        [discharged ? 'Reason for discharge' : 'Reason', message.reason || NONE],
      ],
    },
    ...(discharged
      ? ([
          { kind: 'heading', text: 'Summary' },
          { kind: 'paragraph', text: message.summary || NONE },
        ] as const)
      : []),
    { kind: 'heading', text: 'Services connected' },
    listOr(message.servicesConnected, NONE),
    { kind: 'heading', text: 'Wellbeing measures' },
    listOr(message.measureChanges.map(measureLine), 'No measure was recorded both at the start and later on.'),
    ...codeBlocks(message.snomedCodes),
    { kind: 'paragraph', text: ['Yours sincerely,', ...signature(letter)].join('\n') },
  ];
  const recipient = [letter.toOrganisation ?? "The person's GP practice"];
  if (letter.referrerName) recipient.push(`For the attention of ${letter.referrerName}`);
  return { title: dischargeLetterTitle(message.ending), recipient, blocks };
}

/**
 * The SNOMED CT codes: only verified codes are for the GP record (the same ones the GP document
 * carries); a code nobody has confirmed yet is listed apart, marked as not to be entered, so a
 * practice never copies an unchecked code into a record by hand.
 */
function codeBlocks(codes: MessageBack['snomedCodes']): LetterBlock[] {
  const line = (code: MessageBack['snomedCodes'][number]) => `${code.code}: ${code.term}`;
  const verified = codes.filter((code) => code.verified);
  const unverified = codes.filter((code) => !code.verified);
  return [
    { kind: 'heading', text: 'Codes for the GP record' },
    ...(verified.length > 0
      ? ([
          { kind: 'paragraph', text: "Please enter these SNOMED CT codes in the person's GP record." },
          { kind: 'bullets', items: verified.map(line) },
        ] as const)
      : ([{ kind: 'paragraph', text: NONE }] as const)),
    ...(unverified.length > 0
      ? ([
          {
            kind: 'paragraph',
            text: 'Not verified, so not for the GP record: these codes have not been confirmed against the SNOMED CT UK edition yet.',
          },
          { kind: 'bullets', items: unverified.map((code) => `${line(code)} (not verified)`) },
        ] as const)
      : []),
  ];
}

function listOr(items: string[], none: string): LetterBlock {
  return items.length > 0 ? { kind: 'bullets', items } : { kind: 'paragraph', text: none };
}

/** "Loneliness total: 9 at the start, 4 most recently (5 better)". */
function measureLine(change: MeasureChange): string {
  const direction =
    change.improvement > 0
      ? `${change.improvement} better`
      : change.improvement < 0
        ? `${-change.improvement} worse`
        : 'no change';
  return `${change.figure}: ${change.baseline} at the start, ${change.latest} most recently (${direction})`;
}

/** The sign-off: the assigned link worker and their PCN, or the PCN's team. */
function signature(letter: MessageBack['letter']): string[] {
  return letter.linkWorkerName
    ? [letter.linkWorkerName, `Social prescribing link worker, ${letter.pcnName}`]
    : ['The social prescribing team', letter.pcnName];
}
