import { z } from 'zod';
import { Id, PageQuery, pageOf, text } from './common.ts';
import { IsoDate } from './person.ts';

/**
 * What a task on a worker's list is. `manual` tasks are written by people; the others are
 * generated from the records when the list is read (modules/tasks/task-generators.ts).
 */
export const TASK_KINDS = [
  'manual',
  'contact_due',
  'review_due',
  'plan_action',
  'measure_due',
  'onward_unacknowledged',
  'supervision_due',
] as const;
/** One of {@link TASK_KINDS}. */
export type TaskKind = (typeof TASK_KINDS)[number];
/** The kinds worked out from the records (never created by hand). */
export type GeneratedTaskKind = Exclude<TaskKind, 'manual'>;

/** How each kind is named on screen. */
export const TASK_KIND_LABELS: Record<TaskKind, string> = {
  manual: 'Task',
  contact_due: 'Contact due',
  review_due: 'Review due',
  plan_action: 'Care plan action',
  measure_due: 'Outcome measure due',
  onward_unacknowledged: 'Onward referral not acknowledged',
  supervision_due: 'Supervision due',
};

export const TASK_LIST_STATUSES = ['open', 'done'] as const;
export type TaskListStatus = (typeof TASK_LIST_STATUSES)[number];

/**
 * One task on a worker's list. A manual task has an `id` (and a `version` for edits); a
 * generated one has a `sourceKey` (e.g. `review_due:<referral id>:<date>`) and no id until it is
 * completed or snoozed. Titles never carry NHS numbers.
 */
export const TaskItem = z.object({
  /** The stored row's id: always set for manual tasks, set for generated ones once completed or snoozed. */
  id: Id.nullable(),
  /** The generated task's identity; null for manual tasks. */
  sourceKey: z.string().nullable(),
  kind: z.enum(TASK_KINDS),
  title: z.string(),
  /** YYYY-MM-DD. */
  dueOn: z.string(),
  status: z.enum(TASK_LIST_STATUSES),
  /** Open and due before today. */
  overdue: z.boolean(),
  /** Hidden from the open list until this day (YYYY-MM-DD). */
  snoozedUntil: z.string().nullable(),
  /** The app path of the record the task is about. */
  link: z.string(),
  personId: Id.nullable(),
  referralId: Id.nullable(),
  assigneeUserId: Id,
  /** The stored row's optimistic-concurrency version; null for a generated task never completed or snoozed. */
  version: z.number().int().nullable(),
  /** Whether the caller may change its title and due date (a manual task they hold or created). */
  editable: z.boolean(),
  /** Whether the caller may delete it (a manual task they created). */
  deletable: z.boolean(),
  completedAt: z.string().nullable(),
});
export type TaskItem = z.infer<typeof TaskItem>;

/** Which due dates `GET /api/tasks` returns (open tasks); `week` is today and the six days after. */
export const TASK_DUE_FILTERS = ['overdue', 'today', 'week', 'all'] as const;
export type TaskDueFilter = (typeof TASK_DUE_FILTERS)[number];

/** `GET /api/tasks` query. */
export const TaskListQuery = PageQuery.extend({
  status: z.enum(TASK_LIST_STATUSES).default('open'),
  due: z.enum(TASK_DUE_FILTERS).default('all'),
});
export type TaskListQuery = z.infer<typeof TaskListQuery>;

/** `GET /api/tasks`: a page of tasks, soonest due first, with the open counts whatever the filter. */
export const TaskList = pageOf(TaskItem).extend({
  summary: z.object({ dueToday: z.number().int(), overdue: z.number().int(), open: z.number().int() }),
});
export type TaskList = z.infer<typeof TaskList>;

/** The counts H's dashboard shows. */
export const TaskSummary = z.object({ dueToday: z.number().int(), overdue: z.number().int(), open: z.number().int() });
export type TaskSummary = z.infer<typeof TaskSummary>;

const TaskTitle = text(300, 'a title');
/** The version the change was based on; bounded to the stored integer's range. */
const TaskVersion = z.number().int().min(1).max(2_147_483_647);

/** `POST /api/tasks`: a manual task, for the caller or a colleague in the same PCN. */
export const CreateTaskRequest = z.object({
  title: TaskTitle,
  dueOn: IsoDate,
  /** At most one of person and referral; a referral implies its person. */
  personId: Id.nullable().optional(),
  referralId: Id.nullable().optional(),
  /** Defaults to the caller. */
  assigneeUserId: Id.nullable().optional(),
});
export type CreateTaskRequest = z.infer<typeof CreateTaskRequest>;

/** `PATCH /api/tasks/:id`: change title or due date of a manual task, from the version read. */
export const UpdateTaskRequest = z
  .object({
    version: TaskVersion,
    title: TaskTitle.optional(),
    dueOn: IsoDate.optional(),
  })
  .refine((value) => value.title !== undefined || value.dueOn !== undefined, {
    message: 'Change the title or the due date',
    path: ['title'],
  });
export type UpdateTaskRequest = z.infer<typeof UpdateTaskRequest>;

/** `POST /api/tasks/:id/complete` and `/reopen`: the version read. */
export const TaskVersionRequest = z.object({ version: TaskVersion });
export type TaskVersionRequest = z.infer<typeof TaskVersionRequest>;

/** `POST /api/tasks/:id/snooze`: hide an open task until a later day. */
export const SnoozeTaskRequest = z.object({ version: TaskVersion, until: IsoDate });
export type SnoozeTaskRequest = z.infer<typeof SnoozeTaskRequest>;

/** A generated task's key: `<kind>:<uuid>[:<more>]`, bounded so it is never an arbitrary string. */
export const TaskSourceKey = z
  .string()
  .max(200)
  .regex(/^[a-z_]+:[0-9a-f-]{36}(:[0-9a-z_-]{1,40})*$/, { message: 'Not a task key' });

/** `POST /api/tasks/generated/complete`. */
export const CompleteGeneratedTaskRequest = z.object({ sourceKey: TaskSourceKey });
export type CompleteGeneratedTaskRequest = z.infer<typeof CompleteGeneratedTaskRequest>;

/** `POST /api/tasks/generated/snooze`. */
export const SnoozeGeneratedTaskRequest = z.object({ sourceKey: TaskSourceKey, until: IsoDate });
export type SnoozeGeneratedTaskRequest = z.infer<typeof SnoozeGeneratedTaskRequest>;
