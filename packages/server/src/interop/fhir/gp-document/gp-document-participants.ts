import type { Organization, Patient, Practitioner } from '@medplum/fhirtypes';
import type { GpDocumentFacts } from './gp-document-facts.ts';
import { entryUuid, referenceTo } from './gp-document-ids.ts';

/**
 * Who the document is about, from and to: the person (Patient), their registered practice and the
 * PCN (Organization) and the link worker (Practitioner).
 *
 * No `meta.profile`: these follow UK Core's identifier systems, but UK Core's StructureDefinitions
 * are not available to validate against here (only the base R4 ones are), so Kith does not claim
 * conformance it cannot check.
 */

/** NHS number (NHS Data Dictionary); the identifier system UK Core uses. */
export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
/** Organisation Data Service code of an NHS organisation. */
export const ODS_ORGANISATION_SYSTEM = 'https://fhir.nhs.uk/Id/ods-organization-code';

export interface DocumentParticipants {
  patient: Patient;
  practice: Organization | null;
  pcn: Organization;
  linkWorker: Practitioner | null;
}

/** Kith's sexes (NHS Data Dictionary "person stated gender") in FHIR's administrative gender. */
const GENDERS: Record<string, Patient['gender']> = {
  male: 'male',
  female: 'female',
  indeterminate: 'other',
  not_known: 'unknown',
};

export function documentParticipants(facts: GpDocumentFacts): DocumentParticipants {
  const id = (role: string) => entryUuid(facts.documentId, role);
  const practice: Organization | null = facts.practice
    ? {
        resourceType: 'Organization',
        id: id('practice'),
        identifier: [{ system: ODS_ORGANISATION_SYSTEM, value: facts.practice.odsCode }],
        name: facts.practice.name,
      }
    : null;
  const pcn: Organization = {
    resourceType: 'Organization',
    id: id('pcn'),
    ...(facts.pcn.odsCode ? { identifier: [{ system: ODS_ORGANISATION_SYSTEM, value: facts.pcn.odsCode }] } : {}),
    name: facts.pcn.name,
  };
  const linkWorker: Practitioner | null = facts.author.name
    ? { resourceType: 'Practitioner', id: id('link-worker'), name: [{ text: facts.author.name }] }
    : null;
  return { patient: patientOf(facts, id('patient'), practice), practice, pcn, linkWorker };
}

function patientOf(facts: GpDocumentFacts, id: string, practice: Organization | null): Patient {
  const { person } = facts;
  const nhsNumber = person.nhsNumber?.replace(/\s+/g, '') ?? '';
  const gender = person.sex ? GENDERS[person.sex] : undefined;
  return {
    resourceType: 'Patient',
    id,
    ...(nhsNumber ? { identifier: [{ system: NHS_NUMBER_SYSTEM, value: nhsNumber }] } : {}),
    name: [{ use: 'official', family: person.familyName, given: [person.givenName] }],
    ...(gender ? { gender } : {}),
    ...(person.dateOfBirth ? { birthDate: person.dateOfBirth } : {}),
    ...(practice ? { generalPractitioner: [referenceTo(practice, practice.name)] } : {}),
  };
}
