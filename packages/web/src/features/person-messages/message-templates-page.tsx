import { MESSAGE_CHANNEL_LABELS } from '@kith/shared';
import { Link, useLocation } from 'react-router';
import { formatDateTime } from '../../components/date-format.ts';
import { readFlash } from '../../components/flash-state.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useMessageTemplates } from './person-message-queries.ts';

/**
 * `/admin/message-templates` (admins): the wording of every text message and email Kith sends
 * to people, each opening its edit page.
 */
export function MessageTemplatesPage() {
  usePageTitle('Message templates');
  const flash = readFlash(useLocation().state);
  const templates = useMessageTemplates();

  return (
    <>
      <SuccessBanner message={flash?.flash} detail={flash?.flashDetail} />
      <h1>Message templates</h1>
      <p className="nhsuk-body">
        The wording of the text messages and emails Kith sends to people who agreed to be contacted that way. Words in double
        brackets, like ((first_name)), are filled in by Kith when each message is sent.
      </p>
      <QueryState query={templates} what="the message templates">
        {(items) => (
          <NhsTable
            caption="Message templates"
            captionStyle="visually-hidden"
            columns={['Template', 'Sent as', 'Last changed']}
            rows={items}
            rowKey={(template) => template.id}
            emptyMessage="There are no message templates."
            renderRow={(template) => (
              <>
                <th className="nhsuk-table__header" scope="row">
                  <Link to={`/admin/message-templates/${encodeURIComponent(template.id)}`}>{template.name}</Link>
                </th>
                <td className="nhsuk-table__cell">{MESSAGE_CHANNEL_LABELS[template.channel]}</td>
                <td className="nhsuk-table__cell">
                  {template.updatedByName
                    ? `${formatDateTime(template.updatedAt)} by ${template.updatedByName}`
                    : 'Never (as installed)'}
                </td>
              </>
            )}
          />
        )}
      </QueryState>
    </>
  );
}
