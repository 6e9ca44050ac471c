import {
  type OnwardReferralStatusChange,
  TASK_STATUS_LABELS,
  TASK_STATUSES,
  type TaskStatus,
  taskMoveNeedsReason,
} from '@kith/shared';
import { isApiError } from '../../api/api-error.ts';
import { type Checked, type FormIssue, issuesFromError } from '../../api/form-issues.ts';

/** The button that makes each move, as a provider would say it. */
const MOVE_BUTTON_LABELS: Record<TaskStatus, string> = {
  requested: 'Send again',
  accepted: 'Accept',
  rejected: 'Not accepted',
  'in-progress': 'Start',
  'on-hold': 'Put on hold',
  completed: 'Complete',
  failed: 'Did not go ahead',
  cancelled: 'Cancel this referral',
};

/** The question a reason answers, for the moves that must say why (FHIR Task.statusReason). */
const REASON_LABELS: Partial<Record<TaskStatus, string>> = {
  rejected: 'Why can the referral not be accepted?',
  'on-hold': 'Why is it on hold?',
  failed: 'Why did it not go ahead?',
  cancelled: 'Why is it being cancelled?',
};

/** The button under the reason box that makes the move. */
const CONFIRM_LABELS: Partial<Record<TaskStatus, string>> = {
  rejected: 'Confirm: not accepted',
  failed: 'Confirm: did not go ahead',
};

/** One action a reader may take on a referral now. */
export interface MoveAction {
  to: TaskStatus;
  /** The button text. */
  button: string;
  /** Set when the move must say why: the label of the reason box. */
  reasonLabel: string | null;
  /** The button under the reason box. */
  confirm: string;
  /** Moves that end the referral unfinished: shown as warning buttons. */
  warning: boolean;
}

/** The actions for `allowedMoves`, in the order the server gave them. Resuming from on-hold reads "Restart". */
export function moveActions(allowedMoves: readonly TaskStatus[], from: TaskStatus): MoveAction[] {
  return allowedMoves.map((to) => {
    const button = to === 'in-progress' && from === 'on-hold' ? 'Restart' : MOVE_BUTTON_LABELS[to];
    return {
      to,
      button,
      reasonLabel: taskMoveNeedsReason(to) ? (REASON_LABELS[to] ?? 'Reason') : null,
      confirm: CONFIRM_LABELS[to] ?? button,
      warning: to === 'rejected' || to === 'failed' || to === 'cancelled',
    };
  });
}

/** The form's own check: a move that needs a reason cannot go without one (the server says the same). */
export function missingReason(action: MoveAction, reason: string): FormIssue[] {
  if (action.reasonLabel === null || reason.trim() !== '') return [];
  return [{ path: 'reason', message: 'Enter a reason' }];
}

/**
 * The move panel as typed: the move being made ('' before one is chosen), its reason, and the
 * optional note that goes with it (the provider's panel: "We will ring her on Monday").
 */
export interface MoveFormValues {
  to: TaskStatus | '';
  reason: string;
  note: string;
}

export const NO_MOVE: MoveFormValues = { to: '', reason: '', note: '' };

/** The longest note a move can carry (the same as a note in the conversation). */
export const MOVE_NOTE_MAX_LENGTH = 2000;

/**
 * The request for a chosen move, with its reason when it must say why (and only then), and the
 * note when one was written: it goes on the change and into the conversation.
 */
export function buildMoveRequest(action: MoveAction | undefined, reason: string, note = ''): Checked<OnwardReferralStatusChange> {
  if (!action) return { ok: false, issues: [{ path: '', message: 'Choose what to do with the referral' }] };
  const problems = missingReason(action, reason);
  const trimmedNote = note.trim();
  if (trimmedNote.length > MOVE_NOTE_MAX_LENGTH) {
    problems.push({ path: 'note', message: `The note must be ${MOVE_NOTE_MAX_LENGTH} characters or fewer` });
  }
  if (problems.length > 0) return { ok: false, issues: problems };
  return {
    ok: true,
    data: {
      status: action.to,
      ...(action.reasonLabel ? { reason: reason.trim() } : {}),
      ...(trimmedNote ? { note: trimmedNote } : {}),
    },
  };
}

function isTaskStatus(value: string): value is TaskStatus {
  return (TASK_STATUSES as readonly string[]).includes(value);
}

/**
 * Issues for a refused move. A 409 means the referral moved on (the other side changed it):
 * say so, then name what it can still become, with the screen's labels.
 */
export function moveIssuesFromError(error: unknown): FormIssue[] {
  if (!isApiError(error, 'conflict')) return issuesFromError(error);
  const allowed = (error.body.allowed ?? []).filter(isTaskStatus).map((status) => TASK_STATUS_LABELS[status]);
  const sentence = /[.!?]$/.test(error.message) ? error.message : `${error.message}.`;
  const possible =
    allowed.length > 0 ? `It can now only become: ${allowed.join(', ')}.` : 'Its status cannot be changed any more.';
  return [{ path: '', message: `${sentence} ${possible} The page now shows the latest details.` }];
}
