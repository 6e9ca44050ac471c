import { MakeLetterButton } from './make-letter-button.tsx';

interface CarePlanLetterButtonProps {
  referralId: string;
  /** The saved plan's version; 0 while nothing has been saved. */
  planVersion: number;
  largePrintByDefault?: boolean;
}

/** The person's own copy of their care plan as a PDF, from the care plan page. */
export function CarePlanLetterButton({ referralId, planVersion, largePrintByDefault }: CarePlanLetterButtonProps) {
  return (
    <section aria-labelledby="care-plan-letter-heading" className="nhsuk-u-margin-top-6">
      <h2 id="care-plan-letter-heading">The person's copy</h2>
      {planVersion === 0 ? (
        <p className="nhsuk-body">Save the care plan first. Then you can download it as a PDF to give or post to the person.</p>
      ) : (
        <MakeLetterButton
          source={{ from: 'referral', referralId, kind: 'care_plan' }}
          label="Download care plan (PDF)"
          largePrintByDefault={largePrintByDefault}
          hint="The PDF shows the plan as last saved, written to the person. It is kept on their record."
        />
      )}
    </section>
  );
}
