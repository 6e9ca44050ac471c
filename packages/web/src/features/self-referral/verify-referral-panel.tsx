import type { Referral } from '@kith/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { issuesFromError } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { useReferralChanged } from '../referrals/referral-queries.ts';

interface VerifyReferralPanelProps {
  referral: Referral;
}

/**
 * For an unverified (self-made) referral: says so, and lets a link worker or supervisor mark it
 * verified once they have spoken to the person. Renders nothing for verified referrals.
 */
export function VerifyReferralPanel({ referral }: VerifyReferralPanelProps) {
  const changed = useReferralChanged();
  const verify = useMutation({
    mutationFn: () => api.post<Referral>(`/api/referrals/${referral.id}/verify`),
    onSuccess: changed,
  });
  if (!referral.unverified) return null;
  const problem = verify.isError ? issuesFromError(verify.error)[0]?.message : undefined;

  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        Not verified yet
      </h2>
      <p className="nhsuk-body">
        This person referred themselves online. Check who they are when you first speak to them, then mark the referral as
        verified.
      </p>
      {problem ? <p className="nhsuk-error-message">{problem}</p> : null}
      <Button type="button" variant="secondary" pending={verify.isPending} pendingLabel="Saving…" onClick={() => verify.mutate()}>
        Mark as verified
      </Button>
    </div>
  );
}
