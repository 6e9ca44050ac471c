import type { OutboxEmail } from '@kith/shared';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../components/date-format.ts';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { OutboxEmailText } from './outbox-email-text.tsx';
import { useOutbox } from './outbox-queries.ts';

function hrefFor(unsentOnly: boolean, page = 1): string {
  const search = new URLSearchParams();
  if (unsentOnly) search.set('unsent', 'true');
  if (page > 1) search.set('page', String(page));
  const query = search.toString();
  return query ? `/admin/outbox?${query}` : '/admin/outbox';
}

function EmailStatus({ email }: { email: OutboxEmail }) {
  if (email.sentAt) return <strong className="nhsuk-tag nhsuk-tag--green">Sent {formatDateTime(email.sentAt)}</strong>;
  if (email.error) return <strong className="nhsuk-tag nhsuk-tag--red">Not sent: {email.error}</strong>;
  return <strong className="nhsuk-tag nhsuk-tag--grey">Waiting: not sent</strong>;
}

/** One email: to whom, when, whether it went, and its text (links clickable). */
function OutboxEmailCard({ email }: { email: OutboxEmail }) {
  return (
    <li className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-s">{email.subject}</h2>
        <p className="nhsuk-body-s">
          To <strong className="kith-break-anywhere">{email.to}</strong> · queued {formatDateTime(email.createdAt)}
        </p>
        <p className="nhsuk-body-s">
          <EmailStatus email={email} />
        </p>
        <details className="nhsuk-details nhsuk-u-margin-bottom-0">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">
              Read the email
              <span className="nhsuk-u-visually-hidden">
                {' '}
                to {email.to}: {email.subject}
              </span>
            </span>
          </summary>
          <div className="nhsuk-details__text">
            <OutboxEmailText text={email.textBody} />
          </div>
        </details>
      </div>
    </li>
  );
}

/**
 * `/admin/outbox` (admins): every email Kith has queued, newest first. Without SMTP configured
 * emails stay here unsent, so nothing is silently lost: an admin can read one and pass on its link.
 */
export function OutboxPage() {
  usePageTitle('Email outbox');
  const [searchParams] = useSearchParams();
  const unsentOnly = searchParams.get('unsent') === 'true';
  const page = Math.max(1, Number.parseInt(searchParams.get('page') ?? '1', 10) || 1);
  const outbox = useOutbox(unsentOnly, page);

  return (
    <>
      <h1>Email outbox</h1>
      <p className="nhsuk-body">
        Every email Kith has queued, newest first. When no mail server (SMTP) is configured, emails wait here unsent: open one to
        read it, for example to pass a verification link on.
      </p>
      <p className="nhsuk-body">
        {unsentOnly ? (
          <Link to={hrefFor(false)}>Show all emails</Link>
        ) : (
          <Link to={hrefFor(true)}>Show only emails not sent</Link>
        )}
      </p>
      <QueryState query={outbox} what="the outbox">
        {(data) => (
          <>
            {data.items.length === 0 ? (
              <p className="nhsuk-body">{unsentOnly ? 'Every email has been sent.' : 'No emails yet.'}</p>
            ) : (
              <ul className="nhsuk-list">
                {data.items.map((email) => (
                  <OutboxEmailCard key={email.id} email={email} />
                ))}
              </ul>
            )}
            <PaginationNav of={data} noun="emails" hrefFor={(next) => hrefFor(unsentOnly, next)} />
          </>
        )}
      </QueryState>
    </>
  );
}
