import type { Bundle, BundleEntry, Composition, Organization, Practitioner, Reference, Resource } from '@medplum/fhirtypes';
import { codedEntries, verifiedCodes } from './gp-document-coded-entries.ts';
import type { GpDocumentFacts } from './gp-document-facts.ts';
import { entryUuid, referenceTo } from './gp-document-ids.ts';
import { letterReference } from './gp-document-letter.ts';
import { measureObservations } from './gp-document-measures.ts';
import { documentParticipants } from './gp-document-participants.ts';
import { referralRequest } from './gp-document-referral.ts';
import { documentSections } from './gp-document-sections.ts';
import { documentTitle } from './gp-document-wording.ts';

/**
 * The message back of an ended referral as a FHIR R4 `document` Bundle, built from the facts alone
 * (no database, no clock): the Composition first, then every resource it refers to, each entry
 * under a stable `urn:uuid:` full URL (see gp-document-ids.ts).
 *
 * FHIR R4 documents: https://hl7.org/fhir/R4/documents.html (bdl-9/10/11: identifier, timestamp,
 * Composition first). No `meta.profile` is claimed on any resource: UK Core's StructureDefinitions
 * cannot be validated against here, and a profile must only be named where the resource is known
 * to conform. The base R4 definitions are what the tests validate against.
 */
export function buildGpDocumentBundle(facts: GpDocumentFacts): Bundle {
  const mb = facts.messageBack;
  const people = documentParticipants(facts);
  const patient = referenceTo(people.patient, `${facts.person.givenName} ${facts.person.familyName}`);
  const pcn = referenceTo(people.pcn, people.pcn.name);
  const linkWorker = people.linkWorker ? referenceTo(people.linkWorker, facts.author.name) : null;
  const performer: Reference<Practitioner | Organization> = linkWorker ?? pcn;
  const codes = verifiedCodes(mb);

  const request = referralRequest(facts, codes, { patient, pcn });
  const referral = referenceTo(request);
  const coded = codedEntries(codes, {
    documentId: facts.documentId,
    patient,
    referral,
    performer,
    receivedAt: facts.referral.receivedAt,
    endedAt: mb.endedAt,
  });
  const measures = measureObservations(mb.measureChanges, { documentId: facts.documentId, patient, performer, referral });
  const authors: Array<Reference<Practitioner | Organization>> = linkWorker ? [linkWorker, pcn] : [pcn];
  const letter = letterReference(facts, { patient, authors, custodian: pcn, referral });

  const composition: Composition = {
    resourceType: 'Composition',
    id: entryUuid(facts.documentId, 'composition'),
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${facts.documentId}` },
    status: 'final',
    // In words: Kith has no verified code for this kind of document.
    type: { text: 'Social prescribing message back' },
    subject: patient,
    date: facts.generatedAt.toISOString(),
    author: authors,
    title: documentTitle(mb),
    custodian: pcn,
    event: [{ period: { start: facts.referral.receivedAt.toISOString(), end: mb.endedAt } }],
    section: documentSections(facts, codes, {
      referral,
      coded: coded.map((resource) => referenceTo(resource)),
      measures: measures.map((resource) => referenceTo(resource)),
      letter: letter ? referenceTo(letter) : null,
    }),
  };

  const resources: Resource[] = [
    composition,
    people.patient,
    ...(people.practice ? [people.practice] : []),
    people.pcn,
    ...(people.linkWorker ? [people.linkWorker] : []),
    request,
    ...coded,
    ...measures,
    ...(letter ? [letter] : []),
  ];
  return {
    resourceType: 'Bundle',
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${facts.documentId}` },
    type: 'document',
    timestamp: facts.generatedAt.toISOString(),
    entry: resources.map((resource): BundleEntry => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}
