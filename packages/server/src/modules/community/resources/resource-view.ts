import type { CommunityResource } from '@kith/shared';
import type { ResourceRow } from './resource-repository.ts';

/** A library resource as the API shows it. */
export function toResource(row: ResourceRow): CommunityResource {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    category: row.category,
    summary: row.summary,
    url: row.url,
    tags: row.tags,
    archived: row.archivedAt !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
