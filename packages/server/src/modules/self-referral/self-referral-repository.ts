import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { organisations } from '../../db/schema/index.ts';

/** Active primary care networks by name, ids and names only. */
export async function activePcnNames(db: DbOrTx): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.kind, 'pcn'), eq(organisations.active, true)))
    .orderBy(asc(organisations.name));
}
