import type { MessageBack } from '@kith/shared';
import type {
  Bundle,
  Composition,
  DocumentReference,
  Observation,
  Patient,
  Procedure,
  Resource,
  ServiceRequest,
} from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { validateFhirResource } from '../../../../test/fhir-validation.ts';
import { buildGpDocumentBundle } from './gp-document-bundle.ts';
import {
  DECLINED_CODE,
  SYNTHETIC_PDF,
  syntheticGpDocumentFacts,
  TAKEN_UP_CODE,
  UNVERIFIED_CODE,
} from './gp-document-test-facts.ts';

/** The document's Composition (its first entry, as FHIR documents require). */
function compositionOf(bundle: Bundle): Composition {
  const first = bundle.entry?.[0]?.resource;
  if (first?.resourceType !== 'Composition') throw new Error('The first entry is not a Composition');
  return first;
}

function resources<T extends Resource>(bundle: Bundle, type: T['resourceType']): T[] {
  return (bundle.entry ?? []).map((e) => e.resource).filter((r): r is T => r?.resourceType === type);
}
function only<T extends Resource>(bundle: Bundle, type: T['resourceType']): T {
  const found = resources<T>(bundle, type);
  expect(found).toHaveLength(1);
  return found[0] as T;
}
function snomedCodesIn(bundle: Bundle): string[] {
  return [...JSON.stringify(bundle).matchAll(/"system":"http:\/\/snomed\.info\/sct","code":"(\d+)"/g)].map((m) => m[1] ?? '');
}
/** Every `reference` anywhere in the Bundle. */
function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (key === 'reference' && typeof v === 'string' ? [v] : referencesIn(v)));
  }
  return [];
}
/** The narrative's tags balance and nothing but the allowed elements appears (a well-formedness check). */
function tagsBalance(div: string): boolean {
  const stack: string[] = [];
  for (const [, close, name] of div.matchAll(/<(\/?)([a-z0-9]+)[^>]*>/g)) {
    if (!['div', 'p', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(name ?? '')) return false;
    if (!close) stack.push(name ?? '');
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0 && !/&(?!(amp|lt|gt|quot|#39);)/.test(div);
}

const ENDINGS = [
  { name: 'discharged (goals met)', facts: syntheticGpDocumentFacts('discharged') },
  { name: 'discharged as referred elsewhere', facts: syntheticGpDocumentFacts('discharged', { outcome: 'referred_elsewhere' }) },
  { name: 'declined', facts: syntheticGpDocumentFacts('declined') },
  { name: 'not reached', facts: syntheticGpDocumentFacts('not_reached') },
  { name: 'withdrawn', facts: syntheticGpDocumentFacts('withdrawn') },
];

describe('buildGpDocumentBundle', () => {
  for (const { name, facts } of ENDINGS) {
    it(`builds a valid FHIR R4 document for an ending: ${name}`, () => {
      const bundle = buildGpDocumentBundle(facts);
      expect(validateFhirResource(bundle)).toEqual([]);
      expect(bundle.type).toBe('document');
      expect(bundle.identifier).toEqual({ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${facts.documentId}` });
      expect(bundle.timestamp).toBe('2026-12-01T09:30:00.000Z');
      const composition = compositionOf(bundle);
      expect(composition.resourceType).toBe('Composition');
      expect(composition.status).toBe('final');
      expect(composition.section?.map((s) => s.title)).toEqual([
        'Why the person was referred',
        'What happened',
        'Outcome measures',
        'Services the person was connected to',
        'What the GP should do',
      ]);
      for (const section of composition.section ?? []) expect(tagsBalance(section.text?.div ?? '')).toBe(true);
      // Every reference resolves inside the document.
      const fullUrls = new Set(bundle.entry?.map((e) => e.fullUrl));
      for (const reference of referencesIn(bundle)) expect(fullUrls.has(reference), reference).toBe(true);
      // Unverified codes never reach the GP record, not even in words.
      const json = JSON.stringify(bundle);
      expect(json).not.toContain(UNVERIFIED_CODE.code);
      expect(json).not.toContain(UNVERIFIED_CODE.term);
    });
  }

  it('identifies the person by NHS number and the practice and PCN by ODS code', () => {
    const bundle = buildGpDocumentBundle(syntheticGpDocumentFacts('discharged'));
    const patient = only<Patient>(bundle, 'Patient');
    expect(patient.identifier).toEqual([{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9434765919' }]);
    expect(patient.birthDate).toBe('1948-03-14');
    expect(patient.gender).toBe('female');
    const odsCodes = resources(bundle, 'Organization').flatMap((o) => ('identifier' in o ? (o.identifier ?? []) : []));
    expect(odsCodes).toEqual([
      { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'Y00001' },
      { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'U00001' },
    ]);
    expect(patient.generalPractitioner?.[0]?.display).toBe('Riverside Surgery (synthetic)');
  });

  it('records the take-up as a SNOMED CT Procedure and the outcome measures as Observations', () => {
    const bundle = buildGpDocumentBundle(syntheticGpDocumentFacts('discharged'));
    const procedure = only<Procedure>(bundle, 'Procedure');
    expect(procedure.code?.coding).toEqual([
      { system: 'http://snomed.info/sct', code: TAKEN_UP_CODE.code, display: TAKEN_UP_CODE.term },
    ]);
    expect(snomedCodesIn(bundle)).toEqual([TAKEN_UP_CODE.code]);
    const measures = resources<Observation>(bundle, 'Observation');
    expect(measures.map((o) => [o.code?.text, o.valueQuantity?.value, o.component?.[0]?.valueQuantity?.value])).toEqual([
      ['ONS4 personal wellbeing: Life satisfaction', 7, 4],
      ['ONS4 personal wellbeing: Anxiety', 3, 6],
      [expect.stringContaining('Loneliness total'), 5, 8],
    ]);
    expect(only<ServiceRequest>(bundle, 'ServiceRequest').status).toBe('completed');
  });

  it('a declined referral carries "Social prescribing declined" (871711000000103) as an Observation', () => {
    const bundle = buildGpDocumentBundle(syntheticGpDocumentFacts('declined'));
    const observation = only<Observation>(bundle, 'Observation');
    expect(observation.code?.coding).toEqual([
      { system: 'http://snomed.info/sct', code: '871711000000103', display: DECLINED_CODE.term },
    ]);
    expect(observation.effectiveDateTime).toBe('2026-11-30T15:45:00.000Z');
    expect(snomedCodesIn(bundle)).toEqual(['871711000000103']);
    expect(resources(bundle, 'Procedure')).toEqual([]);
    expect(only<ServiceRequest>(bundle, 'ServiceRequest').status).toBe('revoked');
  });

  it('a discharge to another service lists the services and says so to the GP', () => {
    const bundle = buildGpDocumentBundle(syntheticGpDocumentFacts('discharged', { outcome: 'referred_elsewhere' }));
    const sections = compositionOf(bundle).section ?? [];
    expect(sections[1]?.text?.div).toContain('Discharged: Referred to another service');
    expect(sections[3]?.text?.div).toContain('<li>Riverside Walking Group</li>');
    expect(sections[4]?.text?.div).toContain('referred on to the services listed above');
  });

  it('carries the letter as a base64 PDF attachment', () => {
    const bundle = buildGpDocumentBundle(syntheticGpDocumentFacts('not_reached'));
    const attachment = only<DocumentReference>(bundle, 'DocumentReference').content[0]?.attachment;
    expect(attachment?.contentType).toBe('application/pdf');
    expect(attachment?.data).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(Buffer.from(attachment?.data ?? '', 'base64').equals(SYNTHETIC_PDF)).toBe(true);
    expect(attachment?.size).toBe(SYNTHETIC_PDF.length);
  });

  it("escapes people's words in the XHTML narrative", () => {
    const hostile = '<script>alert("x")</script> Tom & Jerry\'s <b>club</b>\u0007';
    const facts = syntheticGpDocumentFacts('discharged', {
      messageBack: { summary: hostile, servicesConnected: ['Arts & Crafts <Group>'] },
    });
    const bundle = buildGpDocumentBundle(facts);
    expect(validateFhirResource(bundle)).toEqual([]);
    const divs = (compositionOf(bundle).section ?? []).map((s) => s.text?.div ?? '').join('');
    expect(divs).not.toContain('<script');
    expect(divs).not.toContain('<b>');
    expect(divs).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Tom &amp; Jerry&#39;s &lt;b&gt;club&lt;/b&gt;</td>',
    );
    expect(divs).toContain('<li>Arts &amp; Crafts &lt;Group&gt;</li>');
    for (const div of (compositionOf(bundle).section ?? []).map((s) => s.text?.div ?? '')) {
      expect(tagsBalance(div)).toBe(true);
    }
  });

  it('is still a valid document without NHS number, practice, link worker, letter or measures', () => {
    const bundle = buildGpDocumentBundle(
      syntheticGpDocumentFacts('withdrawn', {
        person: { id: 'p', nhsNumber: null, givenName: 'Bo', familyName: 'Synthetic', dateOfBirth: null, sex: null },
        practice: null,
        author: { userId: null, name: null },
        letter: null,
        pcn: { id: 'pcn', name: 'A PCN', odsCode: null },
      }),
    );
    expect(validateFhirResource(bundle)).toEqual([]);
    expect(only<Patient>(bundle, 'Patient').identifier).toBeUndefined();
    expect(resources(bundle, 'Practitioner')).toEqual([]);
    expect(resources(bundle, 'DocumentReference')).toEqual([]);
    expect(compositionOf(bundle).author).toEqual([{ reference: expect.any(String), display: 'A PCN' }]);
  });

  it('puts a verified referral-reason code on the referral, not in the record as a finding', () => {
    const reasonCode = { code: '1000000000000106', term: 'Synthetic reason (finding)', verified: true, use: 'referral_reason' };
    const snomedCodes = [DECLINED_CODE, reasonCode] as MessageBack['snomedCodes'];
    const bundle = buildGpDocumentBundle(syntheticGpDocumentFacts('declined', { messageBack: { snomedCodes } }));
    expect(validateFhirResource(bundle)).toEqual([]);
    const request = only<ServiceRequest>(bundle, 'ServiceRequest');
    expect(request.reasonCode?.map((r) => r.coding?.[0]?.code ?? r.text)).toEqual([
      'Loneliness or isolation',
      'Money worries',
      reasonCode.code,
    ]);
    expect(resources<Observation>(bundle, 'Observation').map((o) => o.code?.coding?.[0]?.code)).toEqual([DECLINED_CODE.code]);
  });

  it('gives the same document for the same facts (a resend carries identical ids)', () => {
    const facts = syntheticGpDocumentFacts('discharged');
    expect(buildGpDocumentBundle(facts)).toEqual(buildGpDocumentBundle(facts));
    const ids = buildGpDocumentBundle(facts).entry?.map((e) => e.fullUrl) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('still builds a valid document for a referral closed in error, with nothing to add to the record', () => {
    const bundle = buildGpDocumentBundle(syntheticGpDocumentFacts('closed_in_error', { messageBack: { snomedCodes: [] } }));
    expect(validateFhirResource(bundle)).toEqual([]);
    expect(only<ServiceRequest>(bundle, 'ServiceRequest').status).toBe('entered-in-error');
    expect(snomedCodesIn(bundle)).toEqual([]);
    expect(compositionOf(bundle).section?.[4]?.text?.div).toContain('Nothing needs to be added to the record');
  });
});
