import { dischargeOutcomeLabel, formatNhsNumber, type MessageBack, REFERRAL_STATUS_LABELS } from '@kith/shared';
import { Button } from '../../components/button.tsx';
import { formatCalendarDate, formatDateTime } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { MeasureChangesTable } from '../care/measure-changes-table.tsx';
import { NotVerifiedNote } from '../gp-record/snomed-verified-tag.tsx';
import { letterAddressee, letterSender } from './message-back-letter.ts';
import './message-back.css';

const NONE = <span className="nhsuk-u-secondary-text-colour">None recorded</span>;

/**
 * The message back to the referrer, for every ending (discharged, declined, not reached, withdrawn,
 * closed in error), laid out as a letter (PRSB Social Prescribing Information Standard): to the GP
 * practice, about the person, what happened, the measures, the services connected, the SNOMED CT
 * codes for the GP record, and from the link worker and their PCN. It prints on its own.
 */
export function MessageBackView({ message, headingLevel = 2 }: { message: MessageBack; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const discharged = message.ending === 'discharged';
  const { letter } = message;
  const [signer, signerRole] = letterSender(letter);
  return (
    <article className="kith-letter" aria-label={`Message back about ${message.personName}`}>
      <p className="nhsuk-body">
        To: {letterAddressee(letter)}
        {letter.referrerName ? (
          <>
            <br />
            For the attention of {letter.referrerName}
          </>
        ) : null}
        <br />
        Date: <time dateTime={message.endedAt}>{formatDateTime(message.endedAt)}</time>
      </p>
      <p className="nhsuk-body">
        <strong>
          About: {message.personName}
          {message.nhsNumber ? `, NHS number ${formatNhsNumber(message.nhsNumber)}` : ''}
          {letter.personDateOfBirth ? `, born ${formatCalendarDate(letter.personDateOfBirth)}` : ''}
        </strong>
      </p>
      <p className="nhsuk-body">Dear colleague,</p>
      <p className="nhsuk-body">{message.whatHappened}</p>
      <SummaryList
        rows={[
          discharged
            ? { key: 'Outcome', value: dischargeOutcomeLabel(message.outcome) }
            : { key: 'Status', value: REFERRAL_STATUS_LABELS[message.ending] },
          { key: discharged ? 'Reason for discharge' : 'Reason', value: message.reason || NONE },
          { key: 'NHS number', value: message.nhsNumber ? formatNhsNumber(message.nhsNumber) : NONE },
        ]}
      />
      {discharged ? (
        <>
          <Heading>Summary</Heading>
          {message.summary ? <p className="nhsuk-body kith-pre-line">{message.summary}</p> : <p className="nhsuk-body">{NONE}</p>}
        </>
      ) : null}

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

      <Heading>Wellbeing measures</Heading>
      {message.measureChanges.length === 0 ? (
        <p className="nhsuk-body">No measure was recorded both at the start and later on.</p>
      ) : (
        <MeasureChangesTable changes={message.measureChanges} caption="Change from baseline" captionStyle="visually-hidden" />
      )}

      <Heading>Codes for the GP record</Heading>
      <p className="nhsuk-body">Please enter these SNOMED CT codes in the person's GP record.</p>
      {message.snomedCodes.some((code) => !code.verified) ? (
        <p className="nhsuk-body">
          A code marked not verified has not been confirmed by an administrator yet: it is not sent to the GP record, and should
          not be entered until it has been checked.
        </p>
      ) : null}
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
                <span className="kith-snomed-code">{code.code}</span>
              </td>
              <td className="nhsuk-table__cell">
                {code.term}
                {code.verified ? null : (
                  <>
                    <br />
                    <NotVerifiedNote />
                  </>
                )}
              </td>
            </>
          )}
        />
      )}

      <p className="nhsuk-body kith-letter__signature">
        Yours sincerely,
        <br />
        {signer}
        <br />
        {signerRole}
      </p>
      <Button type="button" variant="secondary" className="kith-no-print" onClick={() => window.print()}>
        Print this letter
      </Button>
    </article>
  );
}
