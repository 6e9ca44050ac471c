import { CreateReferralReasonRequest } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { NhsTable } from '../../components/nhs-table.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { TextField } from '../../components/text-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useReferralReasons } from '../referrals/referral-queries.ts';
import { useAddReferralReason } from './referral-reasons-queries.ts';

/**
 * `/admin/referral-reasons`: the coded reasons for referral. Codes are permanent; a SNOMED CT
 * concept id is added only when an administrator has verified it.
 */
export function ReferralReasonsPage() {
  const reasons = useReferralReasons();
  const addReason = useAddReferralReason();
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [snomedCode, setSnomedCode] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  usePageTitle('Referral reasons', issues.length > 0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(CreateReferralReasonRequest, { code, label, snomedCode: snomedCode.trim() || null });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    addReason.mutate(
      { code: checked.data.code, label: checked.data.label, snomedCode: checked.data.snomedCode ?? null },
      {
        onSuccess: (reason) => {
          setAdded(`${reason.label} has been added`);
          setCode('');
          setLabel('');
          setSnomedCode('');
        },
        onError: (error) => setIssues(issuesFromError(error, { conflictPath: 'code' })),
      },
    );
  };

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
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        <TextField id="label" label="Reason" value={label} onChange={setLabel} error={messageFor(issues, 'label')} />
        <TextField
          id="code"
          label="Code"
          hint="Lower-case letters, digits and underscores, like carer_support. It cannot be changed later."
          value={code}
          onChange={setCode}
          spellCheck={false}
          error={messageFor(issues, 'code')}
        />
        <TextField
          id="snomedCode"
          label="SNOMED CT concept id (optional)"
          hint="Only a code you have checked in the UK edition of SNOMED CT."
          value={snomedCode}
          onChange={setSnomedCode}
          inputMode="numeric"
          spellCheck={false}
          error={messageFor(issues, 'snomedCode')}
        />
        <Button type="submit" pending={addReason.isPending}>
          Add reason
        </Button>
      </form>
    </>
  );
}
