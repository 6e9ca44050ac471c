import { type OnwardReferralStatusChange, TASK_STATUS_LABELS, type TaskStatus } from '@kith/shared';
import { useEffect } from 'react';
import { Button } from '../../components/button.tsx';
import { FormTextareaField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { buildMoveRequest, type MoveAction, moveActions, moveIssuesFromError, NO_MOVE } from './task-moves.ts';

interface TaskMovePanelProps {
  heading: string;
  status: TaskStatus;
  allowedMoves: readonly TaskStatus[];
  /** Makes the move; rejects when the server refuses it. */
  onMove: (change: OnwardReferralStatusChange) => Promise<unknown>;
  onSaved: (message: string) => void;
  /**
   * When set, the panel offers an optional note that goes with the move (accepting with a
   * note): it is kept on the change and in the conversation, and the other side is told.
   */
  noteLabel?: string;
}

/**
 * One button per move the reader may make now. A move that must say why (not accepted, on hold,
 * did not go ahead, cancelled) first asks for the reason, and goes only with one. With
 * `noteLabel`, a note box above the buttons goes with whichever move is made.
 */
export function TaskMovePanel({ heading, status, allowedMoves, onMove, onSaved, noteLabel }: TaskMovePanelProps) {
  const actions = moveActions(allowedMoves, status);
  const kith = useKithForm({
    defaultValues: NO_MOVE,
    toRequest: ({ to, reason, note }) =>
      buildMoveRequest(
        actions.find((action) => action.to === to),
        reason,
        noteLabel ? note : '',
      ),
    fieldOrder: ['note', 'reason'],
    issuesFor: moveIssuesFromError,
    clearOnSave: true,
    onSubmit: async (change) => {
      await onMove(change);
      const withNote = change.note ? ' Your note is in the conversation.' : '';
      onSaved(`The referral is now: ${TASK_STATUS_LABELS[change.status]}.${withNote}`);
    },
  });
  // A move that must say why shows its reason box first; the others go at once.
  const chosen = actions.find((action) => action.to === kith.values.to && action.reasonLabel !== null);
  const choose = (action: MoveAction) => {
    kith.set({ to: action.to });
    if (!action.reasonLabel) void kith.submit();
  };
  const chooseAgain = () => {
    kith.set({ to: '' });
    kith.form.clearErrors();
  };

  // Keyboard and screen reader users land in the reason box they just opened.
  const chosenMove = chosen?.to;
  useEffect(() => {
    if (chosenMove) document.getElementById('reason')?.focus();
  }, [chosenMove]);

  if (actions.length === 0 && kith.issues.length === 0) return null;
  return (
    <section aria-labelledby="move-heading">
      <h2 id="move-heading">{heading}</h2>
      <KithFormFrame kith={kith}>
        {noteLabel && actions.length > 0 ? (
          <FormTextareaField
            control={kith.form.control}
            name="note"
            label={noteLabel}
            hint="It goes with your answer into the conversation, and the link worker is told."
            rows={3}
          />
        ) : null}
        {chosen ? (
          <>
            <FormTextareaField
              control={kith.form.control}
              name="reason"
              label={chosen.reasonLabel ?? 'Reason'}
              hint="The other side sees this reason."
              rows={3}
            />
            <div className="nhsuk-button-group">
              <Button variant={chosen.warning ? 'warning' : 'primary'} type="submit" pending={kith.pending}>
                {chosen.confirm}
              </Button>
              <Button variant="secondary" type="button" onClick={chooseAgain}>
                Choose again
              </Button>
            </div>
          </>
        ) : (
          <div className="nhsuk-button-group">
            {actions.map((action) => (
              <Button
                key={action.to}
                variant={action.warning ? 'secondary' : 'primary'}
                type="button"
                pending={kith.pending}
                onClick={() => choose(action)}
              >
                {action.button}
              </Button>
            ))}
          </div>
        )}
      </KithFormFrame>
    </section>
  );
}
