import { z } from 'zod';
import { Id, PageQuery, pageOf, text } from './common.ts';
import { CommunityTags } from './community-tags.ts';
import { WebAddress } from './web-address.ts';

/**
 * The resources library: guides, checklists, toolkits and links with categories and search.
 * Anyone may read it; community editors add, edit and archive entries.
 */

/** Kinds of resource. */
export const COMMUNITY_RESOURCE_KINDS = ['guide', 'checklist', 'toolkit', 'link'] as const;
/** One of {@link COMMUNITY_RESOURCE_KINDS}. */
export type CommunityResourceKind = (typeof COMMUNITY_RESOURCE_KINDS)[number];
/** Resource kinds as words for screens. */
export const COMMUNITY_RESOURCE_KIND_LABELS: Record<CommunityResourceKind, string> = {
  guide: 'Guide',
  checklist: 'Checklist',
  toolkit: 'Toolkit',
  link: 'Link',
};

/** Adding a resource (editors). The category is free text; `GET …/resources/categories` lists those in use. */
export const CreateCommunityResourceRequest = z.object({
  title: text(200, 'a title'),
  kind: z.enum(COMMUNITY_RESOURCE_KINDS, { message: 'Choose guide, checklist, toolkit or link' }),
  category: text(100, 'a category'),
  summary: z.string().trim().max(1000, { message: 'The summary must be 1000 characters or fewer' }).default(''),
  url: WebAddress,
  tags: CommunityTags.default([]),
});
/** Body of `POST /api/community/resources`. */
export type CreateCommunityResourceRequest = z.infer<typeof CreateCommunityResourceRequest>;

/** Editing a resource: only the fields sent change. */
export const UpdateCommunityResourceRequest = z.object({
  title: text(200, 'a title').optional(),
  kind: z.enum(COMMUNITY_RESOURCE_KINDS, { message: 'Choose guide, checklist, toolkit or link' }).optional(),
  category: text(100, 'a category').optional(),
  summary: z.string().trim().max(1000, { message: 'The summary must be 1000 characters or fewer' }).optional(),
  url: WebAddress.optional(),
  tags: CommunityTags.optional(),
});
/** Body of `PATCH /api/community/resources/:id`. */
export type UpdateCommunityResourceRequest = z.infer<typeof UpdateCommunityResourceRequest>;

/** One resource. */
export const CommunityResource = z.object({
  id: Id,
  title: z.string(),
  kind: z.enum(COMMUNITY_RESOURCE_KINDS),
  category: z.string(),
  summary: z.string(),
  url: z.string(),
  tags: z.array(z.string()),
  archived: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
/** See {@link CommunityResource}. */
export type CommunityResource = z.infer<typeof CommunityResource>;

/**
 * Searching the library: every word of `q` must appear in the title, summary or tags
 * (case-insensitive); `category` matches exactly. Editors may include archived resources.
 */
export const CommunityResourceListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  category: z.string().trim().max(100).optional(),
  kind: z.enum(COMMUNITY_RESOURCE_KINDS).optional(),
  includeArchived: z.enum(['true', 'false']).default('false'),
});
/** Query of `GET /api/community/resources`. */
export type CommunityResourceListQuery = z.infer<typeof CommunityResourceListQuery>;

/** A page of resources, by title. */
export const CommunityResourceList = pageOf(CommunityResource);
/** See {@link CommunityResourceList}. */
export type CommunityResourceList = z.infer<typeof CommunityResourceList>;

/** The categories in use (by resources not archived) with how many resources each has, by name. */
export const CommunityResourceCategoryList = z.object({
  items: z.array(z.object({ category: z.string(), count: z.number().int() })),
});
/** Answer of `GET /api/community/resources/categories`. */
export type CommunityResourceCategoryList = z.infer<typeof CommunityResourceCategoryList>;
