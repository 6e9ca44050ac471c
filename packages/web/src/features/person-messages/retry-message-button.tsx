import { isApiError } from '../../api/api-error.ts';
import { Button } from '../../components/button.tsx';
import { useRetryPersonMessage } from './person-message-queries.ts';

/** "Send again" for a failed message, with the refusal in words if the server says no. */
export function RetryMessageButton({ messageId, label }: { messageId: string; label: string }) {
  const retry = useRetryPersonMessage();
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        small
        className="nhsuk-u-margin-bottom-0"
        pending={retry.isPending}
        pendingLabel="Sending again…"
        onClick={() => retry.mutate(messageId)}
      >
        Send again<span className="nhsuk-u-visually-hidden"> {label}</span>
      </Button>
      {retry.error ? (
        <p className="nhsuk-error-message" role="alert">
          {isApiError(retry.error) ? retry.error.message : 'The message could not be sent again. Try again.'}
        </p>
      ) : null}
    </>
  );
}
