import type { GpDocument } from '@kith/shared';
import { useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { Button } from '../../components/button.tsx';
import { useResendGpDocument } from './gp-record-queries.ts';
import { gpDocumentStateLabel } from './gp-record-words.ts';

interface ResendGpDocumentButtonProps {
  documentId: string;
  /** Said to screen readers after "Send again", so a list of buttons is told apart. */
  label?: string;
  /**
   * Told when the document is on its way again. A list that the resent row may leave (a filtered
   * list) announces it itself, outside the row; otherwise the button says so beside itself.
   */
  onResent?: (document: GpDocument) => void;
}

/**
 * "Send again" (`gp-record:manage`): Kith finds the practice and its mailbox again and sends a new
 * copy. The outcome is announced; a refusal (say, it was delivered meanwhile) is said in words.
 */
export function ResendGpDocumentButton({ documentId, label, onResent }: ResendGpDocumentButtonProps) {
  const resend = useResendGpDocument(onResent);
  const [done, setDone] = useState(false);
  return (
    <div className="kith-no-print">
      <Button
        type="button"
        variant="secondary"
        small
        className="nhsuk-u-margin-bottom-2"
        pending={resend.isPending}
        pendingLabel="Sending again…"
        onClick={() => {
          setDone(false);
          resend.mutate(documentId, { onSuccess: () => setDone(!onResent) });
        }}
      >
        Send again{label ? <span className="nhsuk-u-visually-hidden"> {label}</span> : null}
      </Button>
      <p className="nhsuk-body-s" role="status">
        {done && resend.data ? `Sending again: now ${gpDocumentStateLabel(resend.data.state).toLowerCase()}.` : null}
      </p>
      {resend.isError ? (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {resendProblem(resend.error)}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The server's reason. A refusal (409) names the states a document can be sent again from; its
 * `allowed` list is used only when the message is missing.
 */
export function resendProblem(error: unknown): string {
  if (!(error instanceof ApiError)) return 'It could not be sent again. Try again.';
  if (error.code === 'forbidden') return 'Only administrators can send it again.';
  if (error.body.message) return error.body.message;
  const allowed = (error.body.allowed ?? []).map(gpDocumentStateLabel);
  return allowed.length > 0
    ? `It can be sent again only from these states: ${allowed.join(', ')}.`
    : 'It could not be sent again. Try again.';
}
