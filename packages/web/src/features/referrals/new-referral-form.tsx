import type { CreateReferralRequest, PersonMatch, ReferralDetail } from '@kith/shared';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { newUuid } from '../../api/new-uuid.ts';
import { Button } from '../../components/button.tsx';
import { todayIso } from '../../components/date-parts.ts';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import type { SelectOption } from '../../components/select-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { DataSharingWarning } from './data-sharing-warning.tsx';
import { PersonMatchChoice } from './person-match-choice.tsx';
import { ReferralDetailsFields } from './referral-details-fields.tsx';
import { checkReferralForm, emptyReferralForm, REFERRAL_FIELD_ORDER, referralIssuesFromError } from './referral-form-values.ts';
import { ReferralPersonFields } from './referral-person-fields.tsx';
import { useCreateReferral, useFindPersonMatches } from './referral-queries.ts';

interface NewReferralFormProps {
  pcnOptions: { options: SelectOption[]; defaultId: string };
  reasons: SelectOption[];
  onSent: (referral: ReferralDetail) => void;
}

type PersonDetails = NonNullable<CreateReferralRequest['person']>;

/**
 * The referral form. A send can stop twice before the referral goes: to warn that data sharing
 * is not agreed, and to ask whether a likely existing record is the same person.
 */
export function NewReferralForm({ pcnOptions, reasons, onSent }: NewReferralFormProps) {
  const [idempotencyKey] = useState(() => newUuid());
  const createReferral = useCreateReferral(idempotencyKey);
  const findMatches = useFindPersonMatches();
  const [matches, setMatches] = useState<PersonMatch[] | null>(null);
  // Set once the referrer has been warned that data sharing is not agreed: the next send goes.
  const [sharingWarned, setSharingWarned] = useState(false);

  // Likely existing records. Someone who may not search people still refers: the server matches by NHS number itself.
  const lookUp = async (organisationId: string, person: PersonDetails) => {
    try {
      return await findMatches.mutateAsync({ organisationId, ...person });
    } catch (error) {
      if (isApiError(error, 'forbidden')) return [];
      throw error;
    }
  };

  const kith = useKithForm({
    defaultValues: emptyReferralForm(pcnOptions.defaultId),
    toRequest: (values) => checkReferralForm(values, { matched: matches !== null, today: todayIso() }),
    fieldOrder: REFERRAL_FIELD_ORDER,
    issuesFor: referralIssuesFromError,
    onSubmit: async (request) => {
      if (!request.consent.toDataSharing && !sharingWarned) return setSharingWarned(true);
      if (!matches && request.person) {
        const found = await lookUp(request.organisationId, request.person);
        if (found.length > 0) return setMatches(found);
      }
      onSent(await createReferral.mutateAsync(request));
    },
  });
  const { form } = kith;
  const withoutSharing = sharingWarned && !kith.values.consentToDataSharing;
  usePageTitle('Make a referral', kith.issues.length > 0);

  useEffect(() => {
    const watching = form.watch((_, { name }) => {
      if (!name?.startsWith('person.')) return;
      // Different details may match different records: ask again on the next send.
      setMatches(null);
      form.setValue('personChoice', '');
    });
    return () => watching.unsubscribe();
  }, [form]);

  return (
    <KithFormFrame
      kith={kith}
      intro={
        <>
          <h1>Make a referral</h1>
          <p className="nhsuk-body">Refer someone to a social prescribing link worker. It takes about a minute.</p>
        </>
      }
    >
      <ReferralPersonFields control={form.control} />
      <ReferralDetailsFields control={form.control} pcnOptions={pcnOptions.options} reasons={reasons} />
      {matches ? <PersonMatchChoice matches={matches} control={form.control} /> : null}
      {withoutSharing ? <DataSharingWarning /> : null}
      <Button type="submit" pending={kith.pending} pendingLabel="Sending referral…">
        {withoutSharing ? 'Send referral without data sharing' : 'Send referral'}
      </Button>
    </KithFormFrame>
  );
}
