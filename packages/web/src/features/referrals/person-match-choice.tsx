import { formatNhsNumber, type PersonMatch } from '@kith/shared';
import { useEffect, useRef } from 'react';
import type { Control } from 'react-hook-form';
import { formatCalendarDate } from '../../components/date-format.ts';
import { FormRadiosField } from '../../components/form/bound-fields.tsx';
import { NEW_PERSON, type ReferralFormValues } from './referral-form-values.ts';
import { MATCH_REASON_LABELS, personName } from './referral-labels.ts';

interface PersonMatchChoiceProps {
  matches: readonly PersonMatch[];
  control: Control<ReferralFormValues>;
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
export function PersonMatchChoice({ matches, control }: PersonMatchChoiceProps) {
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
      <FormRadiosField
        control={control}
        name="personChoice"
        legend="Is this the same person?"
        legendClass="nhsuk-fieldset__legend--m"
        items={items}
      />
    </div>
  );
}
