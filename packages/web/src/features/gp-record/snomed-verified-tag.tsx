/** Whether an administrator has confirmed a code against the UK edition (words, not only colour). */
export function SnomedVerifiedTag({ verified }: { verified: boolean }) {
  return verified ? (
    <strong className="nhsuk-tag nhsuk-tag--green">Verified</strong>
  ) : (
    <strong className="nhsuk-tag nhsuk-tag--orange">Not verified</strong>
  );
}

/** Beside an unverified code wherever the message back shows it. */
export const NOT_VERIFIED_NOTE = 'Not verified: not sent to the GP record';

/** The note for an unverified code in the message back, as a tag under its term. */
export function NotVerifiedNote() {
  return <strong className="nhsuk-tag nhsuk-tag--orange kith-not-verified">{NOT_VERIFIED_NOTE}</strong>;
}
