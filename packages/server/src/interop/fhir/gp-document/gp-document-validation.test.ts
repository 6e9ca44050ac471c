import type { Bundle, Composition, Patient } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { validateFhirResource } from '../../../../test/fhir-validation.ts';
import { buildGpDocumentBundle } from './gp-document-bundle.ts';
import { syntheticGpDocumentFacts } from './gp-document-test-facts.ts';

/** The document's Composition (its first entry, as FHIR documents require). */
function compositionOf(bundle: Bundle): Composition {
  const first = bundle.entry?.[0]?.resource;
  if (first?.resourceType !== 'Composition') throw new Error('The first entry is not a Composition');
  return first;
}

/** The validator the document tests rely on must catch broken documents, or their 0 errors mean nothing. */
function validDocument(): Bundle {
  return buildGpDocumentBundle(syntheticGpDocumentFacts('discharged'));
}

describe('validateFhirResource', () => {
  it('reports a document without an identifier (bdl-9)', () => {
    const bundle = validDocument();
    delete bundle.identifier;
    expect(validateFhirResource(bundle).join('\n')).toContain('bdl-9');
  });

  it('reports a malformed date and bad base64 inside an entry', () => {
    const bundle = validDocument();
    const patient = bundle.entry?.[1]?.resource as Patient;
    patient.birthDate = '14/03/1948';
    const letter = bundle.entry?.find((e) => e.resource?.resourceType === 'DocumentReference')?.resource;
    if (letter?.resourceType === 'DocumentReference' && letter.content[0]) letter.content[0].attachment.data = 'not base64!';
    const issues = validateFhirResource(bundle).join('\n');
    expect(issues).toContain('birthDate');
    expect(issues).toContain('base64');
  });

  it('reports a reference to an entry of the wrong type, or to no entry', () => {
    const bundle = validDocument();
    const composition = compositionOf(bundle);
    const patient = bundle.entry?.[1]?.resource as Patient;
    // A GP must be an Organization, Practitioner or PractitionerRole, not the Patient itself.
    patient.generalPractitioner = [{ reference: composition.subject?.reference ?? '' }];
    // Composition.section.entry may refer to anything, but it must still be in the document.
    composition.section?.[0]?.entry?.push({ reference: 'urn:uuid:00000000-0000-4000-8000-000000000000' });
    const issues = validateFhirResource(bundle);
    expect(issues).toContainEqual(
      expect.stringMatching(/generalPractitioner\[0\]: reference to a Patient; allowed: Organization/),
    );
    expect(issues).toContainEqual(
      expect.stringMatching(/section\[0\]\.entry\[1\]: reference urn:uuid:0{8}-0000-4000-8000-0{12} does not resolve/),
    );
    expect(issues).toHaveLength(2);
  });

  it('reports an unknown property', () => {
    const bundle = validDocument();
    Object.assign(bundle.entry?.[1]?.resource ?? {}, { nhsNumber: '9434765919' });
    expect(validateFhirResource(bundle).join('\n')).toContain('nhsNumber');
  });

  it('reports a narrative with unescaped or active content', () => {
    const bundle = validDocument();
    const section = compositionOf(bundle).section?.[1];
    if (section?.text)
      section.text.div = '<div xmlns="http://www.w3.org/1999/xhtml"><p>Tom & Jerry<script>x()</script></p></div>';
    const issues = validateFhirResource(bundle);
    expect(issues).toContainEqual(expect.stringMatching(/section\[1\]\.text\.div: the narrative contains an unescaped &/));
    expect(issues).toContainEqual(expect.stringMatching(/section\[1\]\.text\.div: the narrative contains active content/));
  });
});
