import type { PulseRound } from '@kith/shared';
import { Button } from '../../components/button.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { useClosePulseRound } from './pulse-queries.ts';

interface CloseRoundButtonProps {
  round: PulseRound;
  onClosed: (round: PulseRound) => void;
}

/**
 * "Close this round now": ends an open round early so its results can be read. The round's title
 * is in the button's accessible name, as a table can hold several of these buttons. A refusal is
 * shown beside the button (a table cell has no room for an error summary).
 */
export function CloseRoundButton({ round, onClosed }: CloseRoundButtonProps) {
  const close = useClosePulseRound();
  const kith = useKithForm({
    defaultValues: {},
    fieldOrder: [],
    toRequest: () => ({ ok: true, data: round.id }),
    onSubmit: async (roundId) => onClosed(await close.mutateAsync(roundId)),
  });
  const problem = kith.issues[0]?.message;
  const errorId = `close-round-error-${round.id}`;

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
        onClick={() => void kith.submit()}
        pending={kith.pending}
        aria-describedby={problem ? errorId : undefined}
      >
        {kith.pending ? 'Closing…' : 'Close this round now'}
        <span className="nhsuk-u-visually-hidden">: {round.title}</span>
      </Button>
    </>
  );
}
