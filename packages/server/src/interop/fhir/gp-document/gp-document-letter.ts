import { createHash } from 'node:crypto';
import type { DocumentReference, Organization, Patient, Practitioner, Reference, ServiceRequest } from '@medplum/fhirtypes';
import type { GpDocumentFacts } from './gp-document-facts.ts';
import { entryUuid } from './gp-document-ids.ts';

/**
 * The discharge letter PDF, carried inside the document (attachment `data`, base64) so the
 * practice receives one self-contained message: a GP system that cannot show the structured
 * content can still file the letter. `hash` is the SHA-1 of the PDF, base64, as FHIR defines it.
 */
export function letterReference(
  facts: GpDocumentFacts,
  refs: {
    patient: Reference<Patient>;
    authors: Array<Reference<Practitioner | Organization>>;
    custodian: Reference<Organization>;
    referral: Reference<ServiceRequest>;
  },
): DocumentReference | null {
  const { letter } = facts;
  if (!letter) return null;
  return {
    resourceType: 'DocumentReference',
    id: entryUuid(facts.documentId, 'letter'),
    status: 'current',
    docStatus: 'final',
    type: { text: 'Social prescribing letter' },
    subject: refs.patient,
    date: facts.generatedAt.toISOString(),
    author: refs.authors,
    custodian: refs.custodian,
    description: letter.title,
    content: [
      {
        attachment: {
          contentType: 'application/pdf',
          language: 'en-GB',
          data: letter.pdf.toString('base64'),
          size: letter.pdf.length,
          hash: createHash('sha1').update(letter.pdf).digest('base64'),
          title: letter.title,
          creation: facts.generatedAt.toISOString(),
        },
      },
    ],
    context: { related: [refs.referral] },
  };
}
