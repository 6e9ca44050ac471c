import { asc, count, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { offsetOf, type PageRequest } from '../../db/paging.ts';
import { contacts, users } from '../../db/schema/index.ts';
import type { ContactRow } from './contact-view.ts';

export async function insertContact(tx: DbOrTx, values: typeof contacts.$inferInsert): Promise<string> {
  const [row] = await tx.insert(contacts).values(values).returning({ id: contacts.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function countContacts(db: DbOrTx, referralId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(contacts).where(eq(contacts.referralId, referralId));
  return row?.n ?? 0;
}

/** The episode's contacts, oldest first (id breaks ties); one page of them when `page` is given. */
export async function contactRows(db: DbOrTx, referralId: string, page?: PageRequest): Promise<ContactRow[]> {
  const query = contactQuery(db, eq(contacts.referralId, referralId));
  return page ? query.limit(page.pageSize).offset(offsetOf(page)) : query;
}

export async function findContact(db: DbOrTx, id: string): Promise<ContactRow | undefined> {
  const [row] = await contactQuery(db, eq(contacts.id, id));
  return row;
}

/** Contacts with the name of the worker who logged them. */
function contactQuery(db: DbOrTx, where: SQL) {
  return db
    .select({ contact: contacts, workerName: users.displayName })
    .from(contacts)
    .leftJoin(users, eq(users.id, contacts.workerUserId))
    .where(where)
    .orderBy(asc(contacts.occurredAt), asc(contacts.id))
    .$dynamic();
}
