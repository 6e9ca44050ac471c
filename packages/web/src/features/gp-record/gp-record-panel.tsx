import type { GpDocument } from '@kith/shared';
import { useId } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { formatDateTime } from '../../components/date-format.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { SummaryList, type SummaryRow } from '../../components/summary-list.tsx';
import { can } from '../session/can.ts';
import { useMe } from '../session/session-queries.ts';
import { GpDocumentStateTag } from './gp-document-state-tag.tsx';
import { gpDocumentBundleUrl, useGpDocument } from './gp-record-queries.ts';
import { gpDocumentSummary, letterDownloadUrl, needsPrintedLetter, practiceName } from './gp-record-words.ts';
import { ResendGpDocumentButton } from './resend-gp-document-button.tsx';

interface GpRecordPanelProps {
  referralId: string;
  /** How the referral ended (its status): a referral closed in error makes no document, and the panel says so. */
  ending?: string;
  headingLevel?: 2 | 3;
}

/**
 * The message back in the person's GP record: where the FHIR document is (preparing, sent through
 * MESH, delivered, or why not), the letter to print when it cannot go electronically, the
 * document itself, and "Send again" for administrators. Shows nothing when the referral has no
 * document (it ended before Kith made them) or the caller may not see it.
 */
export function GpRecordPanel({ referralId, ending, headingLevel = 2 }: GpRecordPanelProps) {
  const me = useMe();
  const query = useGpDocument(referralId);
  const headingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h2';

  if (query.data) {
    return (
      <GpRecordPanelView
        document={query.data}
        headingLevel={headingLevel}
        canManage={can(me.data, 'gp-record:manage')}
        canDownloadLetter={can(me.data, 'people:read')}
      />
    );
  }
  if (isApiError(query.error, 'not_found') && ending === 'closed_in_error') {
    return (
      <section aria-labelledby={headingId} className="nhsuk-u-margin-top-6">
        <Heading id={headingId}>GP record</Heading>
        <p className="nhsuk-body">Nothing is sent to the GP record for this ending: the referral was closed in error.</p>
      </section>
    );
  }
  if (query.isPending && query.fetchStatus !== 'idle') return <LoadingState what="the GP record document" />;
  if (query.isError && !isApiError(query.error, 'not_found', 'forbidden')) {
    return <ErrorState error={query.error} what="the GP record document" onRetry={() => void query.refetch()} />;
  }
  return null;
}

interface GpRecordPanelViewProps {
  document: GpDocument;
  headingLevel?: 2 | 3;
  /** May send it again (`gp-record:manage`). */
  canManage: boolean;
  /** May download the letter, which is kept on the person's record (`people:read`). */
  canDownloadLetter: boolean;
}

/** The panel for a document that exists (see {@link GpRecordPanel}). */
export function GpRecordPanelView({ document, headingLevel = 2, canManage, canDownloadLetter }: GpRecordPanelViewProps) {
  const headingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const printed = needsPrintedLetter(document.state);
  const rows: SummaryRow[] = [
    { key: 'Status', value: <GpDocumentStateTag state={document.state} /> },
    { key: 'GP practice', value: practiceName(document.practice) ?? 'None recorded' },
  ];
  if (document.mailboxId) rows.push({ key: 'MESH mailbox', value: document.mailboxId });
  if (document.lastError) rows.push({ key: 'Reason', value: document.lastError });
  rows.push({ key: 'Made', value: <Time at={document.createdAt} /> });
  if (document.sentAt) rows.push({ key: 'Sent', value: <Time at={document.sentAt} /> });
  if (document.deliveredAt) rows.push({ key: 'Delivered', value: <Time at={document.deliveredAt} /> });
  if (document.failedAt) rows.push({ key: 'Failed', value: <Time at={document.failedAt} /> });
  if (document.attempts > 1 && document.state !== 'delivered') rows.push({ key: 'Attempts', value: String(document.attempts) });

  return (
    <section aria-labelledby={headingId} className="nhsuk-u-margin-top-6">
      <Heading id={headingId}>GP record</Heading>
      <p className="nhsuk-body">{gpDocumentSummary(document)}</p>
      <SummaryList rows={rows} />
      {printed || document.state === 'failed' ? (
        <LetterToPrint letterId={document.letterId} canDownload={canDownloadLetter} />
      ) : null}
      {document.state === 'preparing' ? null : (
        <p className="nhsuk-body kith-no-print">
          <a href={gpDocumentBundleUrl(document.referralId)} download>
            Download the FHIR document<span className="nhsuk-u-visually-hidden"> sent to the GP record (JSON)</span>
          </a>
        </p>
      )}
      {canManage && document.resendable ? <ResendGpDocumentButton documentId={document.id} /> : null}
    </section>
  );
}

/** The discharge letter made with the document, for printing when it cannot go electronically. */
function LetterToPrint({ letterId, canDownload }: { letterId: string | null; canDownload: boolean }) {
  if (!letterId) return <p className="nhsuk-body">The letter to print is still being made.</p>;
  if (!canDownload) {
    return <p className="nhsuk-body">The care team can download the letter to print from the person's record.</p>;
  }
  return (
    <p className="nhsuk-body kith-no-print">
      <a href={letterDownloadUrl(letterId)} download>
        Download the letter to print (PDF)
      </a>
    </p>
  );
}

function Time({ at }: { at: string }) {
  return <time dateTime={at}>{formatDateTime(at)}</time>;
}
