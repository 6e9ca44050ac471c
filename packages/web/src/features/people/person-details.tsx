import { ETHNIC_CATEGORIES, formatNhsNumber, type Person, SEX_LABELS } from '@kith/shared';
import { formatCalendarDate, formatDateTime } from '../../components/date-format.ts';
import { SummaryList } from '../../components/summary-list.tsx';
import { ACCESSIBLE_FORMAT_LABELS, CONTACT_METHOD_LABELS } from './person-labels.ts';

const none = (text = 'Not known') => <span className="nhsuk-u-secondary-text-colour">{text}</span>;

function address(person: Person): string {
  return [person.addressLine1, person.addressLine2, person.town, person.postcode].filter(Boolean).join(', ');
}

function preferredContact(person: Person) {
  const method = person.preferredContactMethod ? CONTACT_METHOD_LABELS[person.preferredContactMethod] : null;
  const times = person.preferredContactTimes;
  if (!method && !times) return none('No preference recorded');
  return [method ?? 'Any way', times ? `(${times})` : ''].filter(Boolean).join(' ');
}

function consent(person: Person) {
  const when = person.contactConsentRecordedAt ? ` (recorded ${formatDateTime(person.contactConsentRecordedAt)})` : '';
  return person.contactConsent ? `Agreed to texts, emails and letters${when}` : `Not agreed${when}`;
}

/** Who the person is and how to reach them, as the record holds it now. */
export function PersonDetails({ person: p }: { person: Person }) {
  return (
    <SummaryList
      rows={[
        { key: 'NHS number', value: p.nhsNumber ? formatNhsNumber(p.nhsNumber) : none() },
        { key: 'Date of birth', value: p.dateOfBirth ? formatCalendarDate(p.dateOfBirth) : none() },
        { key: 'Address', value: address(p) || none() },
        { key: 'Phone', value: p.phone ?? none() },
        { key: 'Email', value: p.email ?? none() },
        { key: 'Preferred contact', value: preferredContact(p) },
        { key: 'Consent to be contacted', value: consent(p) },
        { key: 'Interpreter', value: p.interpreterNeeded ? 'Needed' : 'Not needed' },
        { key: 'Language', value: p.language ?? none() },
        {
          key: 'Accessible formats',
          value:
            p.accessibleFormats.length > 0
              ? p.accessibleFormats.map((f) => ACCESSIBLE_FORMAT_LABELS[f]).join(', ')
              : 'None needed',
        },
        { key: 'Sex', value: p.sex ? SEX_LABELS[p.sex] : none('Not recorded') },
        { key: 'Gender identity', value: p.genderIdentity ?? none('Not recorded') },
        { key: 'Ethnicity', value: p.ethnicCategory ? ETHNIC_CATEGORIES[p.ethnicCategory] : none('Not recorded') },
      ]}
    />
  );
}
