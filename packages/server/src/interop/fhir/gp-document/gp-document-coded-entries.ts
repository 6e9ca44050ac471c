import type { MessageBack } from '@kith/shared';
import type {
  CodeableConcept,
  Observation,
  Organization,
  Patient,
  Practitioner,
  Procedure,
  Reference,
  ServiceRequest,
} from '@medplum/fhirtypes';
import { entryUuid } from './gp-document-ids.ts';

/**
 * The SNOMED CT codes of the message back as entries a GP system can file. Only VERIFIED codes
 * are written: an unverified code must not reach a clinical record (it stays visible in Kith as
 * "not verified, not sent"), so it is absent from the document altogether, narrative included.
 *
 * Which resource a code becomes follows what the concept is:
 * - the take-up ("Referral to social prescribing service", a procedure) → Procedure;
 * - the endings and other situations/findings (e.g. "Social prescribing declined (situation)")
 *   → Observation, the FHIR home of a stated fact about the patient;
 * - a referral reason's code → the referral's ServiceRequest.reasonCode (see gp-document-referral.ts).
 */

export const SNOMED_SYSTEM = 'http://snomed.info/sct';

/** A code of the message back, with what it records (`use`: take-up, an ending, a referral reason). */
export type MessageBackCode = MessageBack['snomedCodes'][number];
export type CodeKind = 'procedure' | 'observation' | 'reason';

/** The take-up is a procedure; a reason belongs on the referral; endings are situations, recorded as observations. */
export function codeKind(code: MessageBackCode): CodeKind {
  if (code.use === 'referral_reason') return 'reason';
  if (code.use === 'taken_up') return 'procedure';
  return 'observation';
}

/** The verified codes only, once each, in the message back's order. */
export function verifiedCodes(messageBack: MessageBack): MessageBackCode[] {
  const verified = messageBack.snomedCodes.filter((code) => code.verified);
  return [...new Map(verified.map((code) => [code.code, code])).values()];
}

export function snomedConcept(code: MessageBackCode): CodeableConcept {
  return { coding: [{ system: SNOMED_SYSTEM, code: code.code, display: code.term }], text: code.term };
}

export interface CodedEntryContext {
  documentId: string;
  patient: Reference<Patient>;
  referral: Reference<ServiceRequest>;
  performer: Reference<Practitioner | Organization>;
  receivedAt: Date;
  endedAt: string;
}

/** A Procedure or Observation for each verified code that is not a referral reason. */
export function codedEntries(codes: MessageBackCode[], context: CodedEntryContext): Array<Procedure | Observation> {
  return codes.flatMap((code): Array<Procedure | Observation> => {
    const kind = codeKind(code);
    const id = entryUuid(context.documentId, `code:${code.code}`);
    if (kind === 'procedure') {
      return [
        {
          resourceType: 'Procedure',
          id,
          status: 'completed',
          code: snomedConcept(code),
          subject: context.patient,
          basedOn: [context.referral],
          // The social prescribing episode under this referral: from referral to its ending.
          performedPeriod: { start: context.receivedAt.toISOString(), end: context.endedAt },
          performer: [{ actor: context.performer }],
        },
      ];
    }
    if (kind === 'observation') {
      return [
        {
          resourceType: 'Observation',
          id,
          status: 'final',
          code: snomedConcept(code),
          subject: context.patient,
          basedOn: [context.referral],
          effectiveDateTime: context.endedAt,
          performer: [context.performer],
        },
      ];
    }
    return [];
  });
}
