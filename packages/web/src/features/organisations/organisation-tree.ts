import type { Organisation } from '@kith/shared';

/** An organisation placed in the NHS tree, with how deep it sits (ICB 0, PCN 1, practice 2). */
export interface TreeRow {
  organisation: Organisation;
  depth: number;
  parent: Organisation | null;
}

const byName = (a: Organisation, b: Organisation) => a.name.localeCompare(b.name, 'en-GB');

/**
 * Orders the NHS organisations depth-first (ICB → its PCNs → each PCN's practices), so a flat
 * table reads as a tree. Organisations whose parent is missing are shown as roots rather than
 * dropped. VCSE organisations are not part of this tree; see {@link vcseOrganisations}.
 */
export function buildOrganisationTree(organisations: readonly Organisation[]): TreeRow[] {
  const nhs = organisations.filter((organisation) => organisation.kind !== 'vcse');
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  const children = new Map<string, Organisation[]>();
  const roots: Organisation[] = [];

  for (const organisation of nhs) {
    const parent = organisation.parentId ? byId.get(organisation.parentId) : undefined;
    if (parent && parent.kind !== 'vcse') {
      children.set(parent.id, [...(children.get(parent.id) ?? []), organisation]);
    } else {
      roots.push(organisation);
    }
  }

  const rows: TreeRow[] = [];
  const visit = (organisation: Organisation, depth: number, parent: Organisation | null, seen: Set<string>) => {
    if (seen.has(organisation.id)) return; // guards against a cycle in bad data
    seen.add(organisation.id);
    rows.push({ organisation, depth, parent });
    for (const child of (children.get(organisation.id) ?? []).sort(byName)) visit(child, depth + 1, organisation, seen);
  };
  const seen = new Set<string>();
  for (const root of roots.sort(byName)) visit(root, 0, null, seen);
  return rows;
}

/** VCSE organisations, by name. */
export function vcseOrganisations(organisations: readonly Organisation[]): Organisation[] {
  return organisations.filter((organisation) => organisation.kind === 'vcse').sort(byName);
}
