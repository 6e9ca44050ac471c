import { type OnwardReferralStatusChange, TASK_STATUS_LABELS, type TaskStatus } from '@kith/shared';
import { type FormEvent, useEffect, useState } from 'react';
import { type FormIssue, messageFor } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { type MoveAction, missingReason, moveActions, moveIssuesFromError } from './task-moves.ts';

interface MoveCallbacks {
  onSuccess: () => void;
  onError: (error: unknown) => void;
}

interface TaskMovePanelProps {
  heading: string;
  status: TaskStatus;
  allowedMoves: readonly TaskStatus[];
  pending: boolean;
  onMove: (change: OnwardReferralStatusChange, callbacks: MoveCallbacks) => void;
  onSaved: (message: string) => void;
}

/**
 * One button per move the reader may make now. A move that must say why (not accepted, on hold,
 * did not go ahead, cancelled) first asks for the reason, and goes only with one.
 */
export function TaskMovePanel({ heading, status, allowedMoves, pending, onMove, onSaved }: TaskMovePanelProps) {
  const [chosen, setChosen] = useState<MoveAction | null>(null);
  const [reason, setReason] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const actions = moveActions(allowedMoves, status);

  // Keyboard and screen reader users land in the reason box they just opened.
  useEffect(() => {
    if (chosen) document.getElementById('reason')?.focus();
  }, [chosen]);

  const move = (action: MoveAction) => {
    const problems = missingReason(action, reason);
    if (problems.length > 0) {
      setIssues(problems);
      return;
    }
    setIssues([]);
    const change: OnwardReferralStatusChange = { status: action.to, ...(action.reasonLabel ? { reason: reason.trim() } : {}) };
    onMove(change, {
      onSuccess: () => {
        setChosen(null);
        setReason('');
        onSaved(`The referral is now: ${TASK_STATUS_LABELS[action.to]}.`);
      },
      onError: (error) => setIssues(moveIssuesFromError(error)),
    });
  };

  const submitReason = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen && !pending) move(chosen);
  };

  if (actions.length === 0 && issues.length === 0) return null;
  return (
    <section aria-labelledby="move-heading">
      <h2 id="move-heading">{heading}</h2>
      <ErrorSummary issues={issues} />
      {chosen ? (
        <form onSubmit={submitReason} noValidate>
          <TextareaField
            id="reason"
            label={chosen.reasonLabel ?? 'Reason'}
            hint="The other side sees this reason."
            value={reason}
            onChange={setReason}
            rows={3}
            error={messageFor(issues, 'reason')}
          />
          <div className="nhsuk-button-group">
            <Button variant={chosen.warning ? 'warning' : 'primary'} type="submit" pending={pending}>
              {chosen.confirm}
            </Button>
            <Button
              variant="secondary"
              type="button"
              onClick={() => {
                setChosen(null);
                setIssues([]);
              }}
            >
              Choose again
            </Button>
          </div>
        </form>
      ) : (
        <div className="nhsuk-button-group">
          {actions.map((action) => (
            <Button
              key={action.to}
              variant={action.warning ? 'secondary' : 'primary'}
              type="button"
              pending={pending}
              onClick={() => (action.reasonLabel ? setChosen(action) : move(action))}
            >
              {action.button}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}
