import { MakeLetterButton } from './make-letter-button.tsx';

/** The message back as a PDF letter to post or attach, from the message back page (care team). */
export function DischargeLetterButton({ referralId }: { referralId: string }) {
  return (
    <section aria-labelledby="discharge-letter-heading" className="nhsuk-u-margin-top-6">
      <h2 id="discharge-letter-heading">Letter as a PDF</h2>
      <MakeLetterButton
        source={{ from: 'referral', referralId, kind: 'discharge' }}
        label="Discharge letter (PDF)"
        hint="The same content as this message back, as a letter. It is kept on the person's record."
      />
    </section>
  );
}
