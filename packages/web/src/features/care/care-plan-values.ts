import { type CarePlan, SaveCarePlanRequest } from '@kith/shared';
import { type Checked, orderIssues, validateWith } from '../../api/form-issues.ts';
import {
  type DateParts,
  dateIssue,
  datePartsFromIso,
  EMPTY_DATE_PARTS,
  readDateParts,
  withDateIssues,
} from '../../components/date-parts.ts';

export interface GoalRow {
  id: string;
  text: string;
}

export interface ActionRow {
  id: string;
  text: string;
  owner: string;
  dueDate: DateParts;
  done: boolean;
}

/** The care plan editor as typed. Ids are kept so the server can tell a changed goal from a new one. */
export interface CarePlanFormValues {
  whatMatters: string;
  goals: GoalRow[];
  actions: ActionRow[];
  reviewDate: DateParts;
}

/** The editor's starting point: the saved plan as it is. */
export function planToForm(plan: CarePlan): CarePlanFormValues {
  return {
    whatMatters: plan.whatMatters,
    goals: plan.goals.map((goal) => ({ ...goal })),
    actions: plan.actions.map((action) => ({ ...action, dueDate: datePartsFromIso(action.dueDate) })),
    reviewDate: datePartsFromIso(plan.reviewDate),
  };
}

export function newGoal(id: string): GoalRow {
  return { id, text: '' };
}

export function newAction(id: string): ActionRow {
  return { id, text: '', owner: '', dueDate: EMPTY_DATE_PARTS, done: false };
}

/**
 * Checks the plan with the shared schema and builds the `PUT`, with the version the editor
 * started from so the server can refuse it if someone saved in between.
 */
export function buildSavePlanRequest(values: CarePlanFormValues, baseVersion: number): Checked<SaveCarePlanRequest> {
  const dueDates = values.actions.map((action) => readDateParts(action.dueDate, 'due date'));
  const review = readDateParts(values.reviewDate, 'review date');
  const dateIssues = [
    ...dueDates.flatMap((reading, index) => dateIssue(reading, `actions.${index}.dueDate`)),
    ...dateIssue(review, 'reviewDate'),
  ];

  const checked = validateWith(SaveCarePlanRequest, {
    baseVersion,
    whatMatters: values.whatMatters,
    goals: values.goals.map((goal) => ({ id: goal.id, text: goal.text })),
    actions: values.actions.map((action, index) => ({
      id: action.id,
      text: action.text,
      owner: action.owner,
      dueDate: dueDates[index]?.kind === 'date' ? dueDates[index].iso : null,
      done: action.done,
    })),
    reviewDate: review.kind === 'date' ? review.iso : null,
  });
  if (checked.ok && dateIssues.length === 0) return checked;
  return { ok: false, issues: orderIssues(withDateIssues(dateIssues, checked), carePlanFieldOrder(values)) };
}

/** Every field path of the editor, top to bottom, for the rows it has now. */
export function carePlanFieldOrder(values: CarePlanFormValues): string[] {
  return [
    'whatMatters',
    ...values.goals.map((_, index) => `goals.${index}.text`),
    ...values.actions.flatMap((_, index) => [`actions.${index}.text`, `actions.${index}.owner`, `actions.${index}.dueDate`]),
    'reviewDate',
  ];
}
