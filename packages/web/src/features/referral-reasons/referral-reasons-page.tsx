import { useState } from 'react';
import { Button } from '../../components/button.tsx';
import { FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useReferralReasons } from '../referrals/referral-queries.ts';
import { buildReasonRequest, EMPTY_REASON, REASON_FIELD_ORDER } from './referral-reason-values.ts';
import { useAddReferralReason } from './referral-reasons-queries.ts';

/**
 * `/admin/referral-reasons`: the coded reasons for referral. Codes are permanent; a SNOMED CT
 * concept id is added only when an administrator has verified it.
 */
export function ReferralReasonsPage() {
  const reasons = useReferralReasons();
  const addReason = useAddReferralReason();
  const [added, setAdded] = useState<string | null>(null);
  const kith = useKithForm({
    defaultValues: EMPTY_REASON,
    toRequest: buildReasonRequest,
    fieldOrder: REASON_FIELD_ORDER,
    conflictPath: 'code',
    clearOnSave: true,
    onSubmit: async (request) => setAdded(`${(await addReason.mutateAsync(request)).label} has been added`),
  });
  const { control } = kith.form;
  usePageTitle('Referral reasons', kith.issues.length > 0);

  return (
    <>
      <h1>Referral reasons</h1>
      {added ? <SuccessBanner message={added} /> : null}
      <QueryState query={reasons} what="referral reasons">
        {(data) => (
          <NhsTable
            caption="Reasons offered on every referral form"
            captionStyle="medium"
            columns={['Reason', 'Code', 'SNOMED CT']}
            rows={data}
            rowKey={(reason) => reason.code}
            emptyMessage="There are no referral reasons yet."
            renderRow={(reason) => (
              <>
                <th className="nhsuk-table__header" scope="row">
                  {reason.label}
                </th>
                <td className="nhsuk-table__cell">
                  <code>{reason.code}</code>
                </td>
                <td className="nhsuk-table__cell">{reason.snomedCode ?? 'None recorded'}</td>
              </>
            )}
          />
        )}
      </QueryState>
      <h2>Add a reason</h2>
      <KithFormFrame kith={kith}>
        <FormTextField control={control} name="label" label="Reason" />
        <FormTextField
          control={control}
          name="code"
          label="Code"
          hint="Lower-case letters, digits and underscores, like carer_support. It cannot be changed later."
          spellCheck={false}
        />
        <FormTextField
          control={control}
          name="snomedCode"
          label="SNOMED CT concept id (optional)"
          hint="Only a code you have checked in the UK edition of SNOMED CT."
          inputMode="numeric"
          spellCheck={false}
        />
        <Button type="submit" pending={kith.pending}>
          Add reason
        </Button>
      </KithFormFrame>
    </>
  );
}
