import { formatNhsNumber, type PersonMatch } from '@kith/shared';
import { useEffect, useRef } from 'react';
import { formatCalendarDate } from '../../components/date-format.ts';
import { RadiosField } from '../../components/radios-field.tsx';
import { MATCH_REASON_LABELS, personName } from './referral-labels.ts';

/** The value of the "create a new record" choice. */
export const NEW_PERSON = 'new';

interface PersonMatchChoiceProps {
  matches: readonly PersonMatch[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

function describe(match: PersonMatch): string {
  const { person } = match;
  return [
    person.dateOfBirth ? `Born ${formatCalendarDate(person.dateOfBirth)}` : null,
    person.nhsNumber ? `NHS number ${formatNhsNumber(person.nhsNumber)}` : null,
    person.postcode,
    MATCH_REASON_LABELS[match.reason],
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * "Is this the same person?": likely existing records, so a second record is not made for
 * someone Kith already knows. Takes focus when it appears, as the user has just pressed submit.
 */
export function PersonMatchChoice({ matches, value, onChange, error }: PersonMatchChoiceProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);

  const items = [
    ...matches.map((match) => ({ value: match.person.id, label: `Yes, ${personName(match.person)}`, hint: describe(match) })),
    { value: NEW_PERSON, label: 'No, this is someone else: create a new record' },
  ];

  return (
    <div className="nhsuk-inset-text kith-match-choice" ref={ref} tabIndex={-1}>
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        Kith already has {matches.length === 1 ? 'a record' : 'records'} that may be the person you are referring. Using the
        existing record keeps their history together.
      </p>
      <RadiosField
        id="personChoice"
        legend="Is this the same person?"
        legendClass="nhsuk-fieldset__legend--m"
        value={value}
        onChange={onChange}
        items={items}
        error={error}
      />
    </div>
  );
}
