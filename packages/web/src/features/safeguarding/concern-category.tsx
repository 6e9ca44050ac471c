import { SAFEGUARDING_CATEGORY_LABELS, type SafeguardingCategory } from '@kith/shared';

/** A concern's type in a list, with the red "Immediate risk" tag when it applies. */
export function ConcernCategory({ category, immediateRisk }: { category: SafeguardingCategory; immediateRisk: boolean }) {
  return (
    <>
      {SAFEGUARDING_CATEGORY_LABELS[category]}
      {immediateRisk ? (
        <>
          {' '}
          <strong className="nhsuk-tag nhsuk-tag--red">Immediate risk</strong>
        </>
      ) : null}
    </>
  );
}
