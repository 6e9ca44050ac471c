import type { PracticeMailbox } from '@kith/shared';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { Button } from '../../components/button.tsx';
import { useRemovePracticeMailbox } from './gp-record-queries.ts';

/**
 * Removing a mailbox takes two presses: the first says what will happen, the second does it.
 * Focus moves to the question and back, so keyboard and screen reader users are never left on a
 * button that has gone.
 */
export function RemovePracticeMailboxPanel({ mailbox }: { mailbox: PracticeMailbox }) {
  const navigate = useNavigate();
  const remove = useRemovePracticeMailbox(mailbox.odsCode);
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const name = mailbox.practiceName ?? mailbox.odsCode;

  useEffect(() => {
    if (confirming) {
      asked.current = true;
      questionRef.current?.focus();
    } else if (asked.current) startRef.current?.focus();
  }, [confirming]);

  const confirm = () =>
    remove.mutate(undefined, {
      onSuccess: () => navigate('/admin/practice-mailboxes', { state: { flash: `The mailbox for ${name} has been removed` } }),
    });

  return (
    <section aria-labelledby="remove-mailbox-heading" className="nhsuk-u-margin-top-7">
      <h2 id="remove-mailbox-heading">Remove this mailbox</h2>
      {confirming ? (
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label" tabIndex={-1} ref={questionRef}>
            <span className="nhsuk-u-visually-hidden">Important: </span>
            Remove the mailbox for {name}?
          </h3>
          <p>
            Kith will stop sending documents to {mailbox.mailboxId}. New documents for this practice will wait as "No MESH
            mailbox" and the care team will be asked to print the letter. To stop for a while instead, untick Active above.
          </p>
          {remove.isError ? (
            <p className="nhsuk-error-message" role="alert">
              <span className="nhsuk-u-visually-hidden">Error:</span>{' '}
              {isApiError(remove.error) ? remove.error.message : 'The mailbox could not be removed. Try again.'}
            </p>
          ) : null}
          <div className="nhsuk-button-group">
            <Button variant="warning" type="button" pending={remove.isPending} pendingLabel="Removing…" onClick={confirm}>
              Yes, remove it
            </Button>
            <Button variant="secondary" type="button" onClick={() => setConfirming(false)}>
              No, keep it
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p className="nhsuk-body">The practice will get no documents in its GP records until a mailbox is added again.</p>
          <Button ref={startRef} variant="warning" type="button" onClick={() => setConfirming(true)}>
            Remove this mailbox
          </Button>
        </>
      )}
    </section>
  );
}
