import type { CommunityResource, CommunityResourceKind } from '@kith/shared';
import { parseTags } from './post-form-values.ts';

/** What the resource form holds: plain strings, tags as typed ("outcomes, evaluation"). */
export interface ResourceFormValues {
  title: string;
  kind: CommunityResourceKind;
  category: string;
  summary: string;
  url: string;
  tags: string;
}

/** The form's fields in page order, for the error summary. */
export const RESOURCE_FIELD_ORDER = ['title', 'kind', 'category', 'summary', 'url', 'tags'] as const;

export function emptyResourceValues(): ResourceFormValues {
  return { title: '', kind: 'guide', category: '', summary: '', url: '', tags: '' };
}

export function valuesFromResource(resource: CommunityResource): ResourceFormValues {
  return {
    title: resource.title,
    kind: resource.kind,
    category: resource.category,
    summary: resource.summary,
    url: resource.url,
    tags: resource.tags.join(', '),
  };
}

/** The body of `POST /api/community/resources` (checked against the shared schema before it is sent). */
export function toCreateResourceRequest(values: ResourceFormValues) {
  return {
    title: values.title,
    kind: values.kind,
    category: values.category,
    summary: values.summary,
    url: values.url.trim(),
    tags: parseTags(values.tags),
  };
}

/** The body of `PATCH /api/community/resources/:id`: only what changed, so nothing is rewritten by accident. */
export function toUpdateResourceRequest(initial: ResourceFormValues, values: ResourceFormValues) {
  const before = toCreateResourceRequest(initial);
  const after = toCreateResourceRequest(values);
  const changes: Record<string, unknown> = {};
  for (const key of ['title', 'kind', 'category', 'summary', 'url'] as const) {
    if (after[key] !== before[key]) changes[key] = after[key];
  }
  if (after.tags.join('\n') !== before.tags.join('\n')) changes.tags = after.tags;
  return changes;
}

/**
 * Categories to offer while typing one: those in use, then the resource's own (it may be the
 * only one filed under it, or archived), each once, ignoring case, in alphabetical order.
 */
export function categorySuggestions(inUse: readonly string[], current: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const name of [...inUse, current.trim()]) {
    const key = name.toLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names.sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }));
}
