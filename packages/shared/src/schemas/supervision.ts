import { z } from 'zod';
import { SUPERVISION_TYPES } from '../rules/workforce-categories.ts';
import { Id, PageQuery, pageOf } from './common.ts';
import { IsoDate } from './person.ts';

/**
 * Supervision of link workers: sessions between a supervisor and a supervisee (others may
 * attend), whose private notes only those two may read, and a PCN overview of who is due or
 * overdue. Regular clinical supervision is a PCN duty; every 4–6 weeks is common (see the
 * workforce section of the domain reference).
 */

/** Free-text private notes: may be empty, kept verbatim. */
const PrivateNotes = z.string().max(20_000, { message: 'Notes must be 20,000 characters or fewer' });

/** `POST /api/supervision/sessions`: record a session. The caller must be one of the two parties. */
export const CreateSupervisionSessionRequest = z.object({
  pcnId: Id,
  type: z.enum(SUPERVISION_TYPES, { message: 'Choose the type of supervision' }),
  heldOn: IsoDate,
  supervisorUserId: Id,
  superviseeUserId: Id,
  /** Other attendees by name, e.g. at group peer supervision. */
  otherAttendees: z.array(z.string().trim().min(1).max(200)).max(30, { message: 'List 30 other attendees or fewer' }).default([]),
  privateNotes: PrivateNotes.default(''),
});
/** Body of `POST /api/supervision/sessions`. */
export type CreateSupervisionSessionRequest = z.infer<typeof CreateSupervisionSessionRequest>;

/** `GET /api/supervision/sessions` filters: a PCN and/or one person (as either party). */
export const SupervisionSessionQuery = PageQuery.extend({
  pcnId: Id.optional(),
  userId: Id.optional(),
});
/** Query of `GET /api/supervision/sessions`. */
export type SupervisionSessionQuery = z.infer<typeof SupervisionSessionQuery>;

/** A session as listed: never its notes. */
export const SupervisionSessionSummary = z.object({
  id: Id,
  pcnId: Id,
  pcnName: z.string(),
  type: z.enum(SUPERVISION_TYPES),
  heldOn: z.string(),
  supervisorUserId: Id,
  supervisorName: z.string(),
  superviseeUserId: Id,
  superviseeName: z.string(),
  otherAttendees: z.array(z.string()),
});
/** One listed session. */
export type SupervisionSessionSummary = z.infer<typeof SupervisionSessionSummary>;

/** Answer of `GET /api/supervision/sessions`, newest first. */
export const SupervisionSessionList = pageOf(SupervisionSessionSummary);
/** Answer of `GET /api/supervision/sessions`. */
export type SupervisionSessionList = z.infer<typeof SupervisionSessionList>;

/**
 * `GET /api/supervision/sessions/:id`: the session; `privateNotes` is present only for the
 * supervisor and the supervisee (`canReadNotes`), and null for everyone else.
 */
export const SupervisionSession = SupervisionSessionSummary.extend({
  canReadNotes: z.boolean(),
  privateNotes: z.string().nullable(),
});
/** One session, with notes for the two parties only. */
export type SupervisionSession = z.infer<typeof SupervisionSession>;

/** `GET` and `PUT /api/supervision/sessions/:id/notes`: the private notes (the two parties only). */
export const SupervisionNotes = z.object({ privateNotes: PrivateNotes });
/** The private notes of one session. */
export type SupervisionNotes = z.infer<typeof SupervisionNotes>;

/** Overdue/due status of one link worker's supervision. */
export const SUPERVISION_STATUSES = ['ok', 'due', 'overdue'] as const;
/** One of {@link SUPERVISION_STATUSES}. */
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];
/** Human-readable supervision statuses. */
export const SUPERVISION_STATUS_LABELS: Record<SupervisionStatus, string> = {
  ok: 'Up to date',
  due: 'Due',
  overdue: 'Overdue',
};

/** `GET /api/supervision/overview?pcnId=` query. */
export const SupervisionOverviewQuery = z.object({ pcnId: Id });
/** Query of the overview. */
export type SupervisionOverviewQuery = z.infer<typeof SupervisionOverviewQuery>;

/** One link worker's supervision at a glance. */
export const SupervisionOverviewRow = z.object({
  userId: Id,
  name: z.string(),
  /** The last session of each type (ISO date), null when never. */
  lastByType: z.object({
    clinical_gp: z.string().nullable(),
    peer: z.string().nullable(),
    senior_link_worker: z.string().nullable(),
    safeguarding: z.string().nullable(),
  } satisfies Record<(typeof SUPERVISION_TYPES)[number], z.ZodNullable<z.ZodString>>),
  /** The last session of any type, and whole days since it; null when never supervised. */
  lastSessionOn: z.string().nullable(),
  daysSince: z.number().int().nullable(),
  status: z.enum(SUPERVISION_STATUSES),
});
/** One overview row. */
export type SupervisionOverviewRow = z.infer<typeof SupervisionOverviewRow>;

/** Answer of `GET /api/supervision/overview`. */
export const SupervisionOverview = z.object({
  pcnId: Id,
  pcnName: z.string(),
  dueAfterWeeks: z.number().int(),
  overdueAfterWeeks: z.number().int(),
  supervisorCount: z.number().int(),
  linkWorkerCount: z.number().int(),
  /** Supervisors to link workers, e.g. "1 : 6" (or "0 : 4" when there is no supervisor). */
  ratio: z.string(),
  workers: z.array(SupervisionOverviewRow),
});
/** The PCN's supervision overview. */
export type SupervisionOverview = z.infer<typeof SupervisionOverview>;

/** A person who can be a party to a session in one PCN. */
export const SupervisionPerson = z.object({ userId: Id, name: z.string(), roles: z.array(z.string()) });
/** One possible party. */
export type SupervisionPerson = z.infer<typeof SupervisionPerson>;

/** `GET /api/supervision/options`: the PCNs where the caller may record, with their people. */
export const SupervisionOptions = z.object({
  pcns: z.array(z.object({ id: Id, name: z.string(), people: z.array(SupervisionPerson) })),
});
/** What the record-a-session form offers. */
export type SupervisionOptions = z.infer<typeof SupervisionOptions>;
