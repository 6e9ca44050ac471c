import type { MembershipView, Organisation } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { pcnChoice } from './pcn-choice.ts';

function org(id: string, name: string, kind: Organisation['kind'], parentId: string | null = null): Organisation {
  return { id, name, kind, parentId, odsCode: null, active: true, servesPcnIds: [], createdAt: '', updatedAt: '' };
}

function membership(organisation: Organisation, role: MembershipView['role']): MembershipView {
  return { organisationId: organisation.id, organisationName: organisation.name, organisationKind: organisation.kind, role };
}

const icb = org('icb', 'Brightwater ICB', 'icb');
const riverside = org('pcn-1', 'Riverside PCN', 'pcn', 'icb');
const hillside = org('pcn-2', 'Hillside PCN', 'pcn', 'icb');
const willow = org('gp-1', 'Willow Lane Surgery', 'gp_practice', 'pcn-1');

describe('choosing the PCN for a referral', () => {
  it("preselects a practice referrer's parent PCN, naming it by the practice when the PCN is not visible", () => {
    const choice = pcnChoice([membership(willow, 'referrer')], [willow]);
    expect(choice.defaultId).toBe('pcn-1');
    expect(choice.options).toEqual([{ value: 'pcn-1', label: 'Link workers serving Willow Lane Surgery' }]);
  });

  it('uses the PCN name when the referrer can see it', () => {
    const choice = pcnChoice([membership(willow, 'referrer')], [riverside, willow]);
    expect(choice.options).toEqual([{ value: 'pcn-1', label: 'Riverside PCN' }]);
    expect(choice.defaultId).toBe('pcn-1');
  });

  it('preselects the PCN a link worker works in, while offering the others they can see', () => {
    const choice = pcnChoice([membership(riverside, 'link_worker')], [icb, riverside, hillside, willow]);
    expect(choice.options.map((option) => option.label)).toEqual(['Hillside PCN', 'Riverside PCN']);
    expect(choice.defaultId).toBe('pcn-1');
  });

  it('preselects nothing when roles point at two PCNs or at none', () => {
    expect(
      pcnChoice([membership(riverside, 'link_worker'), membership(hillside, 'supervisor')], [riverside, hillside]).defaultId,
    ).toBe('');
    expect(pcnChoice([membership(icb, 'admin')], [icb, riverside, hillside]).defaultId).toBe('');
  });

  it('ignores roles that cannot refer', () => {
    expect(pcnChoice([membership(hillside, 'commissioner')], [riverside, hillside]).defaultId).toBe('');
  });
});
