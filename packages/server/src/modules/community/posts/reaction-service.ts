import { FAVOURITE_NEEDS_MEMBER_MESSAGE, type FavouriteList, RATE_NEEDS_MEMBER_MESSAGE } from '@kith/shared';
import type { RequestContext } from '../../../access/actor.ts';
import type { Db } from '../../../db/client.ts';
import type { PageRequest } from '../../../db/paging.ts';
import { notFound } from '../../../errors.ts';
import { recordAudit } from '../../audit/audit-writer.ts';
import { requireMember } from '../community-policy.ts';
import { deleteFavourite, insertFavourite, listFavouriteRows, upsertRating } from './post-repository.ts';
import { loadReadablePost } from './post-service.ts';
import { toPostSummary } from './post-view.ts';

/**
 * A member rates a published post 1–5 stars. Rating again replaces their rating (one row per
 * member per post), so the count never grows from the same member. Visitors get 401 with
 * the words the page shows.
 */
export async function ratePost(
  db: Db,
  ctx: RequestContext,
  { postId, stars, now = new Date() }: { postId: string; stars: number; now?: Date },
): Promise<void> {
  const standing = await requireMember(db, ctx, RATE_NEEDS_MEMBER_MESSAGE);
  const { post } = await loadReadablePost(db, standing, postId);
  if (post.status !== 'published') throw notFound('Post');
  await db.transaction(async (tx) => {
    await upsertRating(tx, { postId, userId: standing.userId, stars, now });
    await recordAudit(tx, ctx, { action: 'update', recordType: 'community_rating', recordId: postId, detail: { stars } });
  });
}

/** Saves a post to the member's favourites; saving it again changes nothing. */
export async function addFavourite(db: Db, ctx: RequestContext, postId: string): Promise<void> {
  const standing = await requireMember(db, ctx, FAVOURITE_NEEDS_MEMBER_MESSAGE);
  await loadReadablePost(db, standing, postId);
  await db.transaction(async (tx) => {
    if (await insertFavourite(tx, postId, standing.userId)) {
      await recordAudit(tx, ctx, { action: 'create', recordType: 'community_favourite', recordId: postId });
    }
  });
}

/** Removes a post from the member's favourites; removing one that is not there changes nothing. */
export async function removeFavourite(db: Db, ctx: RequestContext, postId: string): Promise<void> {
  const standing = await requireMember(db, ctx, FAVOURITE_NEEDS_MEMBER_MESSAGE);
  await db.transaction(async (tx) => {
    if (await deleteFavourite(tx, postId, standing.userId)) {
      await recordAudit(tx, ctx, { action: 'delete', recordType: 'community_favourite', recordId: postId });
    }
  });
}

/** "My favourites": saved posts the member can still read, most recently saved first. */
export async function listFavourites(db: Db, ctx: RequestContext, page: PageRequest): Promise<FavouriteList> {
  const standing = await requireMember(db, ctx, FAVOURITE_NEEDS_MEMBER_MESSAGE);
  const rows = await listFavouriteRows(db, standing.userId, page);
  return { ...rows, items: rows.items.map(toPostSummary) };
}
