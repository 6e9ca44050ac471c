import type { Contact } from '@kith/shared';
import { formatDateTime } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { CONTACT_MODE_LABELS } from './care-labels.ts';

const NONE = <span className="nhsuk-u-secondary-text-colour">None</span>;

/** Contacts and attempts, newest first. */
export function ContactList({ contacts }: { contacts: readonly Contact[] }) {
  const newestFirst = [...contacts].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return (
    <NhsTable
      caption="Contacts and attempts, newest first"
      captionStyle="medium"
      columns={['When', 'How', 'Spoke to them?', 'Minutes', 'By', 'Notes']}
      rows={newestFirst}
      rowKey={(contact) => contact.id}
      emptyMessage="No contacts or attempts yet."
      renderRow={(contact) => (
        <>
          <td className="nhsuk-table__cell">
            <time dateTime={contact.occurredAt}>{formatDateTime(contact.occurredAt)}</time>
          </td>
          <td className="nhsuk-table__cell">{CONTACT_MODE_LABELS[contact.mode]}</td>
          <td className="nhsuk-table__cell">{contact.successful ? 'Yes' : 'No'}</td>
          <td className="nhsuk-table__cell">{contact.durationMinutes ?? NONE}</td>
          <td className="nhsuk-table__cell">{contact.workerName ?? NONE}</td>
          <td className="nhsuk-table__cell kith-pre-line">{contact.notes ?? NONE}</td>
        </>
      )}
    />
  );
}
