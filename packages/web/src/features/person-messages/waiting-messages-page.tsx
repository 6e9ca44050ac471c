import type { PersonMessageQuery, WaitingPersonMessage } from '@kith/shared';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { MessageStatusTag } from './message-status-tag.tsx';
import { useWaitingMessages } from './person-message-queries.ts';
import { TEMPLATE_WORDS } from './person-message-words.ts';
import { RetryMessageButton } from './retry-message-button.tsx';

const FILTERS: { status: PersonMessageQuery['status']; label: string; empty: string }[] = [
  {
    status: 'waiting',
    label: 'Waiting or failed',
    empty: 'Every message has been handed to GOV.UK Notify, and none has failed.',
  },
  { status: 'queued', label: 'Waiting to send', empty: 'No message is waiting to be sent.' },
  { status: 'failed', label: 'Failed', empty: 'No message has failed.' },
];

function readStatus(value: string | null): PersonMessageQuery['status'] {
  return FILTERS.find((f) => f.status === value)?.status ?? 'waiting';
}

function WaitingRow({ message }: { message: WaitingPersonMessage }) {
  const label = `${TEMPLATE_WORDS[message.templateKey]} to ${message.personName}`;
  return (
    <>
      <td className="nhsuk-table__cell">
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
      </td>
      <td className="nhsuk-table__cell">
        <Link to={`/people/${encodeURIComponent(message.personId)}`}>{message.personName}</Link>
      </td>
      <td className="nhsuk-table__cell">
        {message.channel === 'sms' ? 'Text message' : 'Email'}: {TEMPLATE_WORDS[message.templateKey]}
      </td>
      <td className="nhsuk-table__cell">
        <MessageStatusTag message={message} />
        {message.lastError ? <p className="nhsuk-body-s nhsuk-u-margin-top-2">{message.lastError}</p> : null}
        {message.canRetry ? <RetryMessageButton messageId={message.id} label={label} /> : null}
      </td>
    </>
  );
}

/**
 * `/person-messages` (the care team): messages to people in their PCNs not yet handed to GOV.UK
 * Notify — waiting for Notify or its key, or given up after retries — and those Notify could not
 * deliver, oldest first, so none is lost. A failed one can be sent again from here.
 */
export function WaitingMessagesPage() {
  usePageTitle('Messages waiting');
  const [searchParams] = useSearchParams();
  const status = readStatus(searchParams.get('status'));
  const { page, hrefFor } = usePageParam();
  const messages = useWaitingMessages(status, page);
  const filter = FILTERS.find((f) => f.status === status) ?? FILTERS[0];

  return (
    <>
      <h1>Messages waiting</h1>
      <p className="nhsuk-body">
        Text messages and emails to people that have not reached GOV.UK Notify yet, or that it could not deliver. When Notify is
        not set up or cannot be reached, messages wait here and are sent once it can be; nothing is lost.
      </p>
      <nav aria-label="Which messages">
        <ul className="nhsuk-list">
          {FILTERS.map((f) => (
            <li key={f.status}>
              {f.status === status ? (
                <strong aria-current="page">{f.label}</strong>
              ) : (
                <Link to={f.status === 'waiting' ? '/person-messages' : `/person-messages?status=${f.status}`}>{f.label}</Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <QueryState query={messages} what="the messages waiting">
        {(data) => (
          <>
            <NhsTable
              caption={filter?.label ?? 'Messages'}
              captionStyle="visually-hidden"
              columns={['Queued', 'To', 'Message', 'Status']}
              rows={data.items}
              rowKey={(message) => message.id}
              emptyMessage={filter?.empty}
              renderRow={(message) => <WaitingRow message={message} />}
            />
            <PaginationNav of={data} noun="messages" hrefFor={hrefFor} />
          </>
        )}
      </QueryState>
    </>
  );
}
