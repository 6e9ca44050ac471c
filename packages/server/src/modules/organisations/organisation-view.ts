import type { Organisation } from '@kith/shared';
import type { OrganisationWithServedPcns } from './organisation-repository.ts';

export function toOrganisation({ organisation, servesPcnIds }: OrganisationWithServedPcns): Organisation {
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    odsCode: organisation.odsCode,
    parentId: organisation.parentId,
    active: organisation.active,
    servesPcnIds,
    createdAt: organisation.createdAt.toISOString(),
    updatedAt: organisation.updatedAt.toISOString(),
  };
}
