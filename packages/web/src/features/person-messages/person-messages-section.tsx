import { MESSAGE_CHANNEL_LABELS, type PersonContactChannel, type PersonMessage } from '@kith/shared';
import { useState } from 'react';
import { formatDateTime } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { MessageStatusTag } from './message-status-tag.tsx';
import { usePersonMessages } from './person-message-queries.ts';
import { CONTACT_METHOD_WORDS, TEMPLATE_WORDS } from './person-message-words.ts';
import { RetryMessageButton } from './retry-message-button.tsx';
import { SendMessageForm } from './send-message-form.tsx';
import './person-messages.css';

function ContactSummary({ contact }: { contact: PersonContactChannel }) {
  return (
    <SummaryList
      rows={[
        { key: 'Agreed to texts or email', value: contact.consent ? 'Yes' : 'No' },
        {
          key: 'Preferred way',
          value: contact.preferredContactMethod ? CONTACT_METHOD_WORDS[contact.preferredContactMethod] : 'Not recorded',
        },
        {
          key: 'Messages go by',
          value: contact.channel ? MESSAGE_CHANNEL_LABELS[contact.channel] : `No messages can be sent. ${contact.refusal ?? ''}`,
        },
      ]}
    />
  );
}

function MessageRow({ message, mayWrite }: { message: PersonMessage; mayWrite: boolean }) {
  const label = `${TEMPLATE_WORDS[message.templateKey]} of ${formatDateTime(message.createdAt)}`;
  return (
    <>
      <td className="nhsuk-table__cell">
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
      </td>
      <td className="nhsuk-table__cell">
        {MESSAGE_CHANNEL_LABELS[message.channel]}: {TEMPLATE_WORDS[message.templateKey]}
        <details className="nhsuk-details nhsuk-u-margin-bottom-0">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">
              Read it<span className="nhsuk-u-visually-hidden"> ({label})</span>
            </span>
          </summary>
          <div className="nhsuk-details__text kith-message-text">
            {message.subject ? <p className="nhsuk-body-s">Subject: {message.subject}</p> : null}
            {message.body}
          </div>
        </details>
      </td>
      <td className="nhsuk-table__cell">
        <MessageStatusTag message={message} />
        {message.lastError ? <p className="nhsuk-body-s nhsuk-u-margin-top-2">{message.lastError}</p> : null}
        {mayWrite && message.canRetry ? <RetryMessageButton messageId={message.id} label={label} /> : null}
      </td>
    </>
  );
}

/**
 * "Contact the person" on the person page: whether and how they may be messaged (consent and
 * their preferred channel), a free-text message in that channel, and every message with where
 * it has got to. Kith never sends another way than the one they chose.
 */
export function PersonMessagesSection({ personId, mayWrite }: { personId: string; mayWrite: boolean }) {
  const { page, hrefFor } = usePageParam('messagesPage');
  const messages = usePersonMessages(personId, page);
  const [sent, setSent] = useState<PersonMessage | null>(null);

  return (
    <section aria-labelledby="contact-person-heading">
      <h2 id="contact-person-heading">Contact the person</h2>
      {sent ? (
        <SuccessBanner
          message="Message queued"
          detail={`It is sent through GOV.UK Notify as a ${MESSAGE_CHANNEL_LABELS[sent.channel].toLowerCase()}; its status shows below.`}
        />
      ) : null}
      <QueryState query={messages} what="messages to the person">
        {(data) => (
          <>
            <ContactSummary contact={data.contact} />
            {mayWrite && data.contact.channel ? (
              <SendMessageForm personId={personId} channel={data.contact.channel} onSent={setSent} />
            ) : null}
            <NhsTable
              caption="Messages sent to the person"
              captionStyle="medium"
              columns={['Queued', 'Message', 'Status']}
              rows={data.items}
              rowKey={(message) => message.id}
              emptyMessage="No messages have been sent to this person."
              renderRow={(message) => <MessageRow message={message} mayWrite={mayWrite} />}
            />
            <PaginationNav of={data} noun="messages" hrefFor={hrefFor} />
          </>
        )}
      </QueryState>
    </section>
  );
}
