import type { PulseRound } from '@kith/shared';
import { useState } from 'react';
import { issuesFromError } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { useClosePulseRound } from './pulse-queries.ts';

interface CloseRoundButtonProps {
  round: PulseRound;
  onClosed: (round: PulseRound) => void;
}

/**
 * "Close this round now": ends an open round early so its results can be read. The round's title
 * is in the button's accessible name, as a table can hold several of these buttons.
 */
export function CloseRoundButton({ round, onClosed }: CloseRoundButtonProps) {
  const close = useClosePulseRound();
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = `close-round-error-${round.id}`;

  const submit = () => {
    setProblem(null);
    close.mutate(round.id, {
      onSuccess: onClosed,
      onError: (error) => setProblem(issuesFromError(error)[0]?.message ?? 'The round could not be closed. Try again.'),
    });
  };

  return (
    <>
      {problem ? (
        <p className="nhsuk-error-message" id={errorId} role="alert">
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {problem}
        </p>
      ) : null}
      <Button
        type="button"
        variant="secondary"
        small
        className="nhsuk-u-margin-bottom-0"
        onClick={submit}
        pending={close.isPending}
        aria-describedby={problem ? errorId : undefined}
      >
        {close.isPending ? 'Closing…' : 'Close this round now'}
        <span className="nhsuk-u-visually-hidden">: {round.title}</span>
      </Button>
    </>
  );
}
