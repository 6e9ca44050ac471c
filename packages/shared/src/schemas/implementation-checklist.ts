import { z } from 'zod';
import { CHECKLIST_STATUSES, type ChecklistStatus } from '../rules/workforce-categories.ts';
import { Id, text } from './common.ts';
import { IsoDate } from './person.ts';

/**
 * A PCN's implementation checklist for its social prescribing service: owners, due dates and
 * status, seeded the first time it is opened with Kith's default list and editable after.
 */

/**
 * Kith's default checklist, seeded once per PCN. The keys are stable (stored as `default_key`,
 * unique per PCN), so seeding twice — even at the same moment — creates one list.
 */
export const DEFAULT_CHECKLIST_ITEMS = [
  { key: 'employment_model', title: 'Employment model agreed with local partners' },
  { key: 'recruitment', title: 'Recruitment' },
  { key: 'induction', title: 'Induction' },
  { key: 'supervision', title: 'Supervision arranged' },
  { key: 'clinical_system_access', title: 'Clinical system access and SNOMED coding' },
  { key: 'referral_routes', title: 'Referral routes agreed with practices' },
  { key: 'local_directory', title: 'Local directory in place' },
  { key: 'safeguarding_procedure', title: 'Safeguarding procedure' },
  { key: 'data_sharing', title: 'Data-sharing agreement and DPIA' },
  { key: 'outcome_measurement', title: 'Outcome measurement agreed' },
] as const;
/** A key of {@link DEFAULT_CHECKLIST_ITEMS}. */
export type DefaultChecklistKey = (typeof DEFAULT_CHECKLIST_ITEMS)[number]['key'];

/** True when an item still needs doing and its due date has passed (`today` is `YYYY-MM-DD`). */
export function isChecklistItemOverdue(item: { dueDate: string | null; status: ChecklistStatus }, today: string): boolean {
  return item.dueDate !== null && item.dueDate < today && item.status !== 'done' && item.status !== 'not_applicable';
}

/** `GET /api/implementation-checklist` query. */
export const ChecklistQuery = z.object({ pcnId: Id });
export type ChecklistQuery = z.infer<typeof ChecklistQuery>;

/** One item of the checklist. The owner is a Kith user (`ownerUserId`) or just a name. */
export const ChecklistItem = z.object({
  id: Id,
  pcnId: Id,
  /** Set for items from the default list: those cannot be deleted, only marked not applicable. */
  defaultKey: z.string().nullable(),
  title: z.string(),
  ownerUserId: Id.nullable(),
  /** The owner's name: the user's display name, or the name typed in. */
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(CHECKLIST_STATUSES),
  notes: z.string(),
  overdue: z.boolean(),
  updatedAt: z.string(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** Done out of the items that apply (not-applicable items are left out of the total). */
export const ChecklistProgress = z.object({
  done: z.number().int(),
  total: z.number().int(),
  notApplicable: z.number().int(),
  overdue: z.number().int(),
});
export type ChecklistProgress = z.infer<typeof ChecklistProgress>;

/** Someone who may be named as an item's owner: a user holding a role in the PCN. */
export const ChecklistOwnerOption = z.object({ userId: Id, name: z.string() });
export type ChecklistOwnerOption = z.infer<typeof ChecklistOwnerOption>;

/** `GET /api/implementation-checklist?pcnId=`. */
export const ImplementationChecklist = z.object({
  pcnId: Id,
  pcnName: z.string(),
  items: z.array(ChecklistItem),
  progress: ChecklistProgress,
  owners: z.array(ChecklistOwnerOption),
  /** Whether the caller may change the checklist (PCN managers); supervisors only read it. */
  canManage: z.boolean(),
});
export type ImplementationChecklist = z.infer<typeof ImplementationChecklist>;

/** The editable fields of an item. An owner is a user or a typed name, never both. */
const itemFields = {
  title: text(200, 'what needs doing'),
  ownerUserId: Id.nullable().optional(),
  ownerName: z.string().trim().max(200, { message: 'The owner’s name must be 200 characters or fewer' }).nullable().optional(),
  dueDate: IsoDate.nullable().optional(),
  status: z.enum(CHECKLIST_STATUSES, { message: 'Choose a status' }).optional(),
  notes: z.string().trim().max(4000, { message: 'Notes must be 4000 characters or fewer' }).optional(),
};

function oneOwner(
  value: { ownerUserId?: string | null | undefined; ownerName?: string | null | undefined },
  issues: z.RefinementCtx,
) {
  if (value.ownerUserId && value.ownerName) {
    issues.addIssue({ code: 'custom', path: ['ownerName'], message: 'Choose a person or type a name, not both' });
  }
}

/** `POST /api/implementation-checklist/items`: a PCN's own extra item. */
export const AddChecklistItemRequest = z.object({ pcnId: Id, ...itemFields }).superRefine(oneOwner);
export type AddChecklistItemRequest = z.infer<typeof AddChecklistItemRequest>;

/** `PUT /api/implementation-checklist/items/:id`: the item as it should now be (left-out fields are cleared). */
export const UpdateChecklistItemRequest = z
  .object({ ...itemFields, status: z.enum(CHECKLIST_STATUSES, { message: 'Choose a status' }) })
  .superRefine(oneOwner);
export type UpdateChecklistItemRequest = z.infer<typeof UpdateChecklistItemRequest>;
