import { randomUUID } from 'node:crypto';
import type { Database } from '@kith/server/db/client.ts';
import { immediateEmail } from '@kith/server/modules/notifications/notification-emails.ts';
import { type NotificationEvent, notifyUsers, usersWithRoleIn } from '@kith/server/modules/notifications/notify.ts';
import { OUTBOX_SEND_JOB } from '@kith/server/modules/outbox/outbox-service.ts';
import type { RawSql } from '../pathway/raw-sql.ts';
import { median, ratio, roundTo } from '../support/statistics.ts';
import { WORKING_DAY_SETTINGS } from './working-day-settings.ts';

/**
 * Notification fan-out: `events` safeguarding concerns raised on the PCN's open cases, each told
 * to the PCN's supervisors (found by role) and the case's link worker. `safeguarding_raised` is a
 * mandatory kind, so every recipient gets an in-app notification and an email queued at once (an
 * outbox row and its send job): the heaviest path notify has.
 */

export interface FanOutComparison {
  events: number;
  rounds: number;
  /** Rows one round writes, checked equal on both sides. */
  rowsPerRound: { notifications: number; outboxEmails: number; jobs: number };
  recipientsPerEvent: number;
  /** Events per second, per round, in the order run. */
  kithPerRound: number[];
  barePerRound: number[];
  kith: { p50EventsPerSecond: number };
  bare: { p50EventsPerSecond: number };
  /** Kith's p50 events/s ÷ the bare inserts' p50: below 1 is how much slower notify is. */
  ratio: number | null;
}

interface PlannedEvent {
  event: NotificationEvent;
  /** The case's link worker: the per-event recipient. */
  workerId: string;
}

/** The PCN's open cases with a worker, one per event (round-robin when there are fewer). */
async function caseWorkers(sql: RawSql, pcnId: string, count: number): Promise<string[]> {
  const rows = await sql.query<{ worker: string }>(
    `SELECT assigned_worker_id AS worker FROM referrals
     WHERE organisation_id = $1 AND assigned_worker_id IS NOT NULL AND status IN ('allocated', 'contacted', 'active')
     ORDER BY id LIMIT $2`,
    [pcnId, count],
  );
  if (rows.length === 0) throw new Error('the PCN has no open cases to raise concerns on');
  return Array.from({ length: count }, (_, index) => (rows[index % rows.length] as { worker: string }).worker);
}

/** A round's events: fresh concern ids, so dedupe keys never collide with an earlier round. */
function planRound(workers: string[]): PlannedEvent[] {
  return workers.map((workerId) => {
    const id = randomUUID();
    return {
      workerId,
      event: {
        kind: 'safeguarding_raised',
        subjectType: 'safeguarding_concern',
        subjectId: id,
        title: 'A safeguarding concern has been raised',
        link: `/safeguarding/${id}`,
        dedupeKey: `bench-safeguarding-raised:${id}`,
      },
    };
  });
}

/** Kith: per event, one transaction resolving the supervisors by role and calling notifyUsers. */
async function kithRound(database: Database, pcnId: string, planned: PlannedEvent[]): Promise<void> {
  for (const { event, workerId } of planned) {
    await database.db.transaction(async (tx) => {
      const supervisors = await usersWithRoleIn(tx, [pcnId], ['supervisor']);
      await notifyUsers(tx, [...supervisors, workerId], event);
    });
  }
}

interface Recipient {
  id: string;
  email: string;
}

/**
 * The same rows by bare INSERTs, recipients and email text worked out beforehand: per event one
 * transaction with one multi-row INSERT each into notifications, outbox_emails and jobs.
 */
async function bareRound(sql: RawSql, planned: PlannedEvent[], supervisors: Recipient[], emailOf: Map<string, string>) {
  for (const { event, workerId } of planned) {
    const recipients = [
      ...new Map([...supervisors, { id: workerId, email: emailOf.get(workerId) ?? '' }].map((r) => [r.id, r])).values(),
    ];
    const emails = recipients.map((r) => immediateEmail(r.email, event.kind, event.link));
    const now = new Date().toISOString();
    await sql.transaction(async (query) => {
      await query(
        `INSERT INTO notifications (user_id, kind, subject_type, subject_id, title, link, dedupe_key, email, emailed_at, created_at)
         SELECT u, $2, $3, $4::uuid, $5, $6, $7 || ':' || u, 'immediate', $8::timestamptz, $8::timestamptz
         FROM unnest($1::uuid[]) u`,
        [
          recipients.map((r) => r.id),
          event.kind,
          event.subjectType,
          event.subjectId,
          event.title,
          event.link,
          event.dedupeKey,
          now,
        ],
      );
      const ids = await query<{ id: string }>(
        `INSERT INTO outbox_emails ("to", subject, text_body) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) RETURNING id`,
        [emails.map((e) => e.to), emails.map((e) => e.subject), emails.map((e) => e.textBody)],
      );
      await query(
        `INSERT INTO jobs (kind, payload, run_at, dedupe_key)
         SELECT $2, jsonb_build_object('emailId', id), $3::timestamptz, 'outbox:' || id FROM unnest($1::uuid[]) id`,
        [ids.map((row) => row.id), OUTBOX_SEND_JOB, now],
      );
    });
  }
}

interface RowCounts {
  notifications: number;
  outboxEmails: number;
  jobs: number;
}

async function countRows(sql: RawSql): Promise<RowCounts> {
  const [row] = await sql.query<{ n: number; o: number; j: number }>(
    `SELECT (SELECT count(*) FROM notifications)::int AS n, (SELECT count(*) FROM outbox_emails)::int AS o,
       (SELECT count(*) FROM jobs)::int AS j`,
  );
  return { notifications: Number(row?.n), outboxEmails: Number(row?.o), jobs: Number(row?.j) };
}

/** Runs one round and returns its events/s and the rows it wrote. */
async function timedRound(
  sql: RawSql,
  work: () => Promise<void>,
  events: number,
): Promise<{ perSecond: number; rows: RowCounts }> {
  const before = await countRows(sql);
  const start = performance.now();
  await work();
  const seconds = (performance.now() - start) / 1000;
  const after = await countRows(sql);
  return {
    perSecond: events / seconds,
    rows: {
      notifications: after.notifications - before.notifications,
      outboxEmails: after.outboxEmails - before.outboxEmails,
      jobs: after.jobs - before.jobs,
    },
  };
}

/**
 * Times `rounds` rounds of each side, alternating (bare first), after one untimed round each. Each
 * round's row counts must match the other side's, or the comparison would mean nothing.
 */
export async function measureFanOut(
  database: Database,
  sql: RawSql,
  pcnId: string,
  log: (line: string) => void,
): Promise<FanOutComparison> {
  const { events, rounds } = WORKING_DAY_SETTINGS.fanOut;
  const workers = await caseWorkers(sql, pcnId, events);
  const supervisors = await sql.query<Recipient>(
    `SELECT DISTINCT u.id, u.email FROM memberships m JOIN users u ON u.id = m.user_id AND u.active
     WHERE m.organisation_id = $1 AND m.role = 'supervisor'`,
    [pcnId],
  );
  const everyone = await sql.query<Recipient>(`SELECT id, email FROM users WHERE id = ANY($1::uuid[])`, [[...new Set(workers)]]);
  const emailOf = new Map(everyone.map((r) => [r.id, r.email]));

  const kith = () => kithRound(database, pcnId, planRound(workers));
  const bare = () => bareRound(sql, planRound(workers), supervisors, emailOf);
  await bare();
  await kith();

  const kithPerRound: number[] = [];
  const barePerRound: number[] = [];
  let rowsPerRound: RowCounts | null = null;
  for (let round = 0; round < rounds; round++) {
    const bareRun = await timedRound(sql, bare, events);
    const kithRun = await timedRound(sql, kith, events);
    if (JSON.stringify(bareRun.rows) !== JSON.stringify(kithRun.rows) || bareRun.rows.notifications === 0) {
      throw new Error(
        `fan-out round ${round + 1} wrote different rows: bare ${JSON.stringify(bareRun.rows)}, Kith ${JSON.stringify(kithRun.rows)}`,
      );
    }
    rowsPerRound = kithRun.rows;
    barePerRound.push(roundTo(bareRun.perSecond, 1));
    kithPerRound.push(roundTo(kithRun.perSecond, 1));
    log(
      `  ${sql.backend} fan-out round ${round + 1}: bare ${bareRun.perSecond.toFixed(0)} events/s, Kith ${kithRun.perSecond.toFixed(0)} events/s`,
    );
  }
  const kithP50 = roundTo(median(kithPerRound), 1);
  const bareP50 = roundTo(median(barePerRound), 1);
  const divided = ratio(kithP50, bareP50);
  const rows = rowsPerRound as RowCounts;
  return {
    events,
    rounds,
    rowsPerRound: rows,
    recipientsPerEvent: roundTo(rows.notifications / events, 2),
    kithPerRound,
    barePerRound,
    kith: { p50EventsPerSecond: kithP50 },
    bare: { p50EventsPerSecond: bareP50 },
    ratio: divided === null ? null : roundTo(divided, 2),
  };
}
