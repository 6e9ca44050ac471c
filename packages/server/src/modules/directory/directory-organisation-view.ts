import type { DirectoryOrganisation } from '@kith/shared';
import type { OrganisationWithCount } from './directory-organisation-repository.ts';

/** A directory organisation as the API shows it, with its count of services in search. */
export function toDirectoryOrganisation({ o, serviceCount }: OrganisationWithCount): DirectoryOrganisation {
  return {
    id: o.id,
    name: o.name,
    description: o.description,
    email: o.email,
    website: o.website,
    kithOrganisationId: o.kithOrganisationId,
    serviceCount: Number(serviceCount),
    updatedAt: o.updatedAt.toISOString(),
  };
}
