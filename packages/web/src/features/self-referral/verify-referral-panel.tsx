import type { Referral } from '@kith/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { Button } from '../../components/button.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
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
  // No fields: the form is the button, so a refusal shows like any other form's.
  const kith = useKithForm({
    defaultValues: {},
    toRequest: () => ({ ok: true, data: null }),
    fieldOrder: [],
    onSubmit: () => verify.mutateAsync(),
  });
  if (!referral.unverified) return null;

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
      <KithFormFrame kith={kith}>
        <Button type="submit" variant="secondary" pending={kith.pending} pendingLabel="Saving…">
          Mark as verified
        </Button>
      </KithFormFrame>
    </div>
  );
}
