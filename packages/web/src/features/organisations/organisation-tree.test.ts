import type { Organisation, OrganisationKind } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { buildOrganisationTree, vcseOrganisations } from './organisation-tree.ts';

let counter = 0;
function org(name: string, kind: OrganisationKind, parentId: string | null = null): Organisation {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    name,
    kind,
    odsCode: null,
    parentId,
    active: true,
    servesPcnIds: [],
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

describe('buildOrganisationTree', () => {
  it('lists each ICB followed by its PCNs, each PCN followed by its practices, by name', () => {
    const icb = org('Brightwater ICB', 'icb');
    const pcnB = org('B Network', 'pcn', icb.id);
    const pcnA = org('A Network', 'pcn', icb.id);
    const practice = org('Willow Surgery', 'gp_practice', pcnB.id);
    const rows = buildOrganisationTree([practice, pcnB, icb, pcnA]);
    expect(rows.map((row) => [row.organisation.name, row.depth, row.parent?.name ?? null])).toEqual([
      ['Brightwater ICB', 0, null],
      ['A Network', 1, 'Brightwater ICB'],
      ['B Network', 1, 'Brightwater ICB'],
      ['Willow Surgery', 2, 'B Network'],
    ]);
  });

  it('shows an organisation whose parent is missing as a root instead of dropping it', () => {
    const orphan = org('Orphan Network', 'pcn', '00000000-0000-4000-8000-999999999999');
    expect(buildOrganisationTree([orphan]).map((row) => row.depth)).toEqual([0]);
  });

  it('leaves VCSE organisations out of the NHS tree and lists them separately', () => {
    const icb = org('ICB', 'icb');
    const vcse = org('Allotment Club', 'vcse', icb.id);
    expect(buildOrganisationTree([icb, vcse]).map((row) => row.organisation.name)).toEqual(['ICB']);
    expect(vcseOrganisations([icb, vcse]).map((organisation) => organisation.name)).toEqual(['Allotment Club']);
  });
});
