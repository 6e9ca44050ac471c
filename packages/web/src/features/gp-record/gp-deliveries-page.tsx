import { GP_DOCUMENT_STATES, type GpDocument, type GpDocumentListItem, type GpDocumentState } from '@kith/shared';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { GpDocumentStateTag } from './gp-document-state-tag.tsx';
import { useGpDocuments } from './gp-record-queries.ts';
import { endingLabel, gpDeliveriesHref, gpDocumentStateLabel, practiceName, readStateFilter } from './gp-record-words.ts';
import { ResendGpDocumentButton } from './resend-gp-document-button.tsx';
import './gp-record.css';

const cell = 'nhsuk-table__cell';
const FILTERS: readonly (GpDocumentState | '')[] = ['', ...GP_DOCUMENT_STATES];

function filterLabel(state: GpDocumentState | ''): string {
  return state ? gpDocumentStateLabel(state) : 'Every state';
}

/** What an empty list says, for each filter. */
const EMPTY: Readonly<Record<GpDocumentState | '', string>> = {
  '': 'No referral has ended since Kith began sending documents to GP records.',
  preparing: 'No document is being prepared.',
  no_practice: 'No document is waiting for want of a GP practice.',
  no_mailbox: 'No document is waiting for a practice mailbox.',
  queued: 'No document is waiting to be sent.',
  sent: 'No document is waiting for a practice to collect it.',
  delivered: 'No document has been delivered yet.',
  failed: 'No document has failed.',
};

/**
 * `/admin/gp-deliveries` (`gp-record:manage`): every document sent, or not yet sent, to a GP
 * record, newest first, by state; one that failed or had nowhere to go can be sent again (Kith
 * finds the practice and its mailbox again).
 */
export function GpDeliveriesPage() {
  usePageTitle('GP record deliveries');
  const [searchParams] = useSearchParams();
  const state = readStateFilter(searchParams.get('state'));
  const { page, hrefFor } = usePageParam();
  const documents = useGpDocuments(state, page);
  // Said here, outside the table: a resent row leaves a filtered list as it reloads.
  const [resent, setResent] = useState<string | null>(null);

  return (
    <>
      <h1>GP record deliveries</h1>
      <p className="nhsuk-body">
        When a referral ends, Kith sends the message back to the person's registered practice through MESH, as a document for
        their GP record. Documents that failed, or had no practice or mailbox to go to, can be sent again once the problem is put
        right, for example after adding the <Link to="/admin/practice-mailboxes">practice's mailbox</Link>.
      </p>
      <nav aria-label="Deliveries by state">
        <ul className="nhsuk-list kith-inline-list">
          {FILTERS.map((filter) => (
            <li key={filter || 'all'}>
              {filter === state ? (
                <strong aria-current="page">{filterLabel(filter)}</strong>
              ) : (
                <Link to={gpDeliveriesHref(filter)}>{filterLabel(filter)}</Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <p className="nhsuk-body" role="status">
        {resent}
      </p>
      <QueryState query={documents} what="the GP record deliveries">
        {(data) => (
          <>
            <NhsTable
              caption={`GP record deliveries: ${filterLabel(state).toLowerCase()}`}
              captionStyle="visually-hidden"
              columns={['Made', 'Practice', 'PCN', 'Ending', 'Status', 'Kith document id']}
              rows={data.items}
              rowKey={(document) => document.id}
              emptyMessage={EMPTY[state]}
              renderRow={(document) => (
                <DeliveryRow
                  document={document}
                  onResent={(again) =>
                    setResent(
                      `The document for ${practiceName(document.practice) ?? document.pcnName} is being sent again: now ${gpDocumentStateLabel(again.state).toLowerCase()}.`,
                    )
                  }
                />
              )}
            />
            <PaginationNav of={data} noun="documents" hrefFor={hrefFor} />
          </>
        )}
      </QueryState>
    </>
  );
}

function DeliveryRow({ document, onResent }: { document: GpDocumentListItem; onResent: (document: GpDocument) => void }) {
  const practice = practiceName(document.practice);
  return (
    <>
      <td className={cell}>
        <time dateTime={document.createdAt}>{formatDateTime(document.createdAt)}</time>
      </td>
      <td className={cell}>
        {practice ?? <span className="nhsuk-u-secondary-text-colour">None recorded</span>}
        {document.mailboxId ? <span className="nhsuk-body-s nhsuk-u-display-block">Mailbox {document.mailboxId}</span> : null}
      </td>
      <td className={cell}>{document.pcnName}</td>
      <td className={cell}>{endingLabel(document.ending)}</td>
      <td className={cell}>
        <GpDocumentStateTag state={document.state} />
        <LatestEvent document={document} />
        {document.lastError ? <p className="nhsuk-body-s nhsuk-u-margin-top-2">{document.lastError}</p> : null}
        {document.resendable ? (
          <ResendGpDocumentButton
            documentId={document.id}
            label={`the document for ${practice ?? document.pcnName}`}
            onResent={onResent}
          />
        ) : null}
      </td>
      <td className={cell}>
        <span className="kith-document-id">{document.id}</span>
      </td>
    </>
  );
}

/** When the document last moved: delivered, failed, or sent (waiting for the practice). */
function LatestEvent({ document }: { document: GpDocumentListItem }) {
  const [words, at] = document.deliveredAt
    ? ['Delivered', document.deliveredAt]
    : document.failedAt
      ? ['Failed on', document.failedAt]
      : document.sentAt
        ? ['Sent', document.sentAt]
        : [null, null];
  if (!words || !at) return null;
  return (
    <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-top-2">
      {words} <time dateTime={at}>{formatDateTime(at)}</time>
    </span>
  );
}
