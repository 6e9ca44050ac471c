import type { MessageBack } from '@kith/shared';

/**
 * Everything the GP document of one ended referral says, gathered by the gp-record module; the
 * builder (`gp-document-bundle.ts`) turns these facts into a FHIR R4 document Bundle and reads
 * nothing else, so the same facts always give the same document.
 */
export interface GpDocumentFacts {
  /** uuid: Bundle.identifier (urn:ietf:rfc:3986, urn:uuid:<id>). */
  documentId: string;
  generatedAt: Date;
  /** @kith/shared; snomedCodes carry `verified` (only verified codes go into the document). */
  messageBack: MessageBack;
  person: {
    id: string;
    nhsNumber: string | null;
    givenName: string;
    familyName: string;
    dateOfBirth: string | null;
    sex: string | null;
  };
  practice: { odsCode: string; name: string } | null;
  pcn: { id: string; name: string; odsCode: string | null };
  /** The assigned link worker. */
  author: { userId: string | null; name: string | null };
  referral: {
    id: string;
    receivedAt: Date;
    reasons: Array<{ code: string; label: string }>;
    referrerName: string | null;
    referrerOrganisation: string | null;
  };
  letter: { title: string; pdf: Buffer } | null;
}
