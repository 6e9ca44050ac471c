import { useState } from 'react';
import { BackLink } from '../../components/back-link.tsx';
import { Button } from '../../components/button.tsx';
import { formatDateTime } from '../../components/date-format.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useCalendarFeed, useCalendarFeedChanges } from './appointment-queries.ts';
import './appointments.css';

/**
 * `/appointments/subscription`: the private calendar address. It is shown once, when made; Kith
 * keeps only a fingerprint of it, so a lost address is replaced, not shown again.
 */
export function CalendarSubscriptionPage() {
  const feed = useCalendarFeed();
  const { create, revoke } = useCalendarFeedChanges();
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  usePageTitle('Calendar subscription');

  const makeAddress = async () => {
    setMessage(null);
    const made = await create.mutateAsync();
    setUrl(made.url);
  };
  const turnOff = async () => {
    await revoke.mutateAsync();
    setUrl(null);
    setMessage('Calendar subscription turned off. The old address no longer works.');
  };
  const copy = async () => {
    if (url && navigator.clipboard) {
      await navigator.clipboard.writeText(url);
      setMessage('Address copied');
    }
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/appointments">Back to your calendar</BackLink>
        <SuccessBanner message={message} />
        <h1>Calendar subscription</h1>
        <p className="nhsuk-body">
          Your appointments can appear in the calendar on your phone or in your email (Outlook, Google Calendar, Apple Calendar)
          through a private address. The calendar app checks it for changes every so often.
        </p>
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>Keep the address secret
          </h2>
          <p>
            Anyone with the address can see your appointments’ times, places and video links. People are shown only by their
            initials and a referral reference, never their names or NHS numbers. If the address is shared by mistake, make a new
            one: the old one stops working at once.
          </p>
        </div>
        {create.isError ? <ErrorState error={create.error} what="a new address" /> : null}
        {revoke.isError ? <ErrorState error={revoke.error} what="turning the subscription off" /> : null}
        {url ? (
          <section aria-labelledby="new-address-heading">
            <h2 id="new-address-heading">Your new calendar address</h2>
            <p className="nhsuk-body">
              Copy it into your calendar app’s “subscribe” or “add calendar from URL” option now: it is shown only this once.
            </p>
            <p className="nhsuk-body kith-feed-url">
              <code>{url}</code>
            </p>
            <Button type="button" variant="secondary" onClick={() => void copy()}>
              Copy address
            </Button>
          </section>
        ) : null}
        <QueryState query={feed} what="your calendar subscription">
          {(status) =>
            status.exists ? (
              <>
                {status.createdAt ? (
                  <p className="nhsuk-body">Your current address was made on {formatDateTime(status.createdAt)}.</p>
                ) : null}
                <Button type="button" variant="secondary" pending={create.isPending} onClick={() => void makeAddress()}>
                  Make a new address
                </Button>{' '}
                <Button type="button" variant="warning" pending={revoke.isPending} onClick={() => void turnOff()}>
                  Turn off the subscription
                </Button>
              </>
            ) : (
              <>
                <p className="nhsuk-body">You do not have a calendar subscription.</p>
                <Button type="button" pending={create.isPending} onClick={() => void makeAddress()}>
                  Make my calendar address
                </Button>
              </>
            )
          }
        </QueryState>
      </div>
    </div>
  );
}
