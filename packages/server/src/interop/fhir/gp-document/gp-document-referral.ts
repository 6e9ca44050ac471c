import type { ClosedStatus } from '@kith/shared';
import type { CodeableConcept, Organization, Patient, Reference, ServiceRequest } from '@medplum/fhirtypes';
import { codeKind, type MessageBackCode, snomedConcept } from './gp-document-coded-entries.ts';
import type { GpDocumentFacts } from './gp-document-facts.ts';
import { entryUuid } from './gp-document-ids.ts';

/**
 * The referral the document answers, as a ServiceRequest. The reasons for referral go into its
 * `reasonCode`, not into Conditions: they are what the referrer wrote (often social needs such as
 * loneliness or debt), context of this referral, and a link worker cannot assert a problem onto
 * the GP's problem list. Each reason is kept in words; a verified SNOMED CT code of a reason is
 * added as a coded reason beside them.
 */

/** How the referral ended, as a request's status: carried out, or stopped before completion. */
const REQUEST_STATUS: Record<ClosedStatus, ServiceRequest['status']> = {
  discharged: 'completed',
  declined: 'revoked',
  not_reached: 'revoked',
  withdrawn: 'revoked',
  closed_in_error: 'entered-in-error',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function referralRequest(
  facts: GpDocumentFacts,
  codes: MessageBackCode[],
  refs: { patient: Reference<Patient>; pcn: Reference<Organization> },
): ServiceRequest {
  const { referral } = facts;
  const reasons: CodeableConcept[] = [
    ...referral.reasons.map((reason) => ({ text: reason.label })),
    ...codes.filter((code) => codeKind(code) === 'reason').map(snomedConcept),
  ];
  const requester = [referral.referrerName, referral.referrerOrganisation].filter(Boolean).join(', ');
  return {
    resourceType: 'ServiceRequest',
    id: entryUuid(facts.documentId, 'referral'),
    // Kith's referral id, so a later document about the same referral can be matched to it.
    ...(UUID.test(referral.id) ? { identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${referral.id}` }] } : {}),
    status: REQUEST_STATUS[facts.messageBack.ending],
    intent: 'order',
    code: { text: 'Referral to social prescribing' },
    subject: refs.patient,
    authoredOn: referral.receivedAt.toISOString(),
    // The referrer is known by name only (no resource of theirs in the document).
    ...(requester ? { requester: { display: requester } } : {}),
    performer: [refs.pcn],
    ...(reasons.length > 0 ? { reasonCode: reasons } : {}),
  };
}
