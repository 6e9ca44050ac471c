import { formatNhsNumber, type MessageBack, REFERRAL_STATUS_LABELS } from '@kith/shared';
import { formatDateTime } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { MeasureChangesTable } from '../care/measure-changes-table.tsx';
import { dischargeOutcomeLabel } from './discharge-outcome-labels.ts';

const NONE = <span className="nhsuk-u-secondary-text-colour">None recorded</span>;

/**
 * The message back to the referrer, for every ending (discharged, declined, not reached, withdrawn,
 * closed in error): what happened, when and why, the measures, and the SNOMED CT codes for the GP record.
 */
export function MessageBackView({ message, headingLevel = 2 }: { message: MessageBack; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const discharged = message.ending === 'discharged';
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Person', value: message.personName },
          { key: 'NHS number', value: message.nhsNumber ? formatNhsNumber(message.nhsNumber) : NONE },
          { key: 'What happened', value: message.whatHappened },
          discharged
            ? { key: 'Outcome', value: dischargeOutcomeLabel(message.outcome) }
            : { key: 'Status', value: REFERRAL_STATUS_LABELS[message.ending] },
          { key: discharged ? 'Reason for discharge' : 'Reason', value: message.reason || NONE },
          {
            key: discharged ? 'Discharged' : 'Ended',
            value: <time dateTime={message.endedAt}>{formatDateTime(message.endedAt)}</time>,
          },
        ]}
      />
      {discharged ? (
        <>
          <Heading>Summary</Heading>
          {message.summary ? <p className="nhsuk-body kith-pre-line">{message.summary}</p> : <p className="nhsuk-body">{NONE}</p>}
        </>
      ) : null}

      <Heading>Codes for the GP record</Heading>
      <p className="nhsuk-body">Enter these SNOMED CT codes in the person's GP record.</p>
      {message.snomedCodes.length === 0 ? (
        <p className="nhsuk-body">{NONE}</p>
      ) : (
        <NhsTable
          caption="SNOMED CT codes to enter"
          captionStyle="visually-hidden"
          columns={['SNOMED CT code', 'Term']}
          rows={message.snomedCodes}
          rowKey={(code) => code.code}
          renderRow={(code) => (
            <>
              <td className="nhsuk-table__cell">
                <code className="kith-code">{code.code}</code>
              </td>
              <td className="nhsuk-table__cell">{code.term}</td>
            </>
          )}
        />
      )}

      <Heading>Wellbeing measures</Heading>
      {message.measureChanges.length === 0 ? (
        <p className="nhsuk-body">No measure was recorded both at the start and later on.</p>
      ) : (
        <MeasureChangesTable changes={message.measureChanges} caption="Change from baseline" captionStyle="visually-hidden" />
      )}

      <Heading>Services connected</Heading>
      {message.servicesConnected.length === 0 ? (
        <p className="nhsuk-body">{NONE}</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {message.servicesConnected.map((service) => (
            <li key={service}>{service}</li>
          ))}
        </ul>
      )}
    </>
  );
}
