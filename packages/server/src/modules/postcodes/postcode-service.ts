import type { PostcodeCentroid } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { scopeFor } from '../../access/org-scope.ts';
import type { DbOrTx } from '../../db/client.ts';
import { validationError } from '../../errors.ts';
import { findPostcode, normalisePostcode } from './postcode-repository.ts';

/**
 * The centroid of a postcode, or a 400 naming the field: a malformed postcode and one missing
 * from the loaded ONS data are both the user's to correct, and Kith never geocodes elsewhere.
 */
export async function requireCentroid(db: DbOrTx, raw: string, path = 'postcode'): Promise<PostcodeCentroid> {
  if (!normalisePostcode(raw)) throw validationError(path, 'Enter a real postcode, like LS1 4AP');
  const centroid = await findPostcode(db, raw);
  if (!centroid) throw validationError(path, 'We do not know this postcode: check it, or try a nearby one');
  return centroid;
}

/** `GET /api/directory/postcodes/:postcode`: any signed-in user. */
export async function lookupPostcode(db: DbOrTx, ctx: RequestContext, raw: string): Promise<PostcodeCentroid> {
  await scopeFor(db, ctx, 'directory:read');
  return requireCentroid(db, raw);
}
