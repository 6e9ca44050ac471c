import { Postcode, type PostcodeCentroid } from '@kith/shared';
import { eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { postcodes } from '../../db/schema/index.ts';

/**
 * Postcode centroids (ONS Postcode Directory). Keys are stored in the one normalised form
 * "AB1 2CD" (outward code, one space, inward code), so "ab12cd" and "AB1  2CD" find the same row.
 */

/** "ab1  2cd" → "AB1 2CD"; null when the text is not a UK postcode. Same rule as the API schema. */
export function normalisePostcode(raw: string): string | null {
  const parsed = Postcode.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The centroid of a postcode (any spacing or case), or null if unknown or malformed. */
export async function findPostcode(db: DbOrTx, raw: string): Promise<PostcodeCentroid | null> {
  const postcode = normalisePostcode(raw);
  if (!postcode) return null;
  const [row] = await db.select().from(postcodes).where(eq(postcodes.postcode, postcode)).limit(1);
  return row ?? null;
}

/** Centroids of several already-normalised postcodes, by postcode (one query). */
export async function findPostcodes(db: DbOrTx, normalised: string[]): Promise<Map<string, PostcodeCentroid>> {
  if (normalised.length === 0) return new Map();
  const rows = await db.select().from(postcodes).where(inArray(postcodes.postcode, normalised));
  return new Map(rows.map((row) => [row.postcode, row]));
}

/**
 * Inserts or replaces centroids in one statement. Callers pass each postcode at most once:
 * PostgreSQL refuses an upsert that touches the same row twice.
 */
export async function upsertPostcodes(db: DbOrTx, rows: PostcodeCentroid[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(postcodes)
    .values(rows)
    .onConflictDoUpdate({
      target: postcodes.postcode,
      set: { latitude: sql`excluded.latitude`, longitude: sql`excluded.longitude` },
    });
}
