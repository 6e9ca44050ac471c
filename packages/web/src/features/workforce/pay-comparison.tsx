import type { LocalPayComparison } from '@kith/shared';
import { SummaryList } from '../../components/summary-list.tsx';
import { formatMoney } from './workforce-format.ts';

function group(posts: number, average: number | null): string {
  if (average === null) return 'No posts';
  return `${formatMoney(average)} a year per WTE (${posts} ${posts === 1 ? 'post' : 'posts'})`;
}

/**
 * PCN-employed against VCSE-employed link worker pay in the same ICB: paying well above the
 * local voluntary sector can draw its staff away, so the difference is shown before recruiting.
 */
export function PayComparison({ comparison }: { comparison: LocalPayComparison }) {
  return (
    <section aria-labelledby="pay-comparison-heading">
      <h2 id="pay-comparison-heading">Local pay comparison</h2>
      <p className="nhsuk-body">
        Average link worker pay across the {comparison.pcnCount} {comparison.pcnCount === 1 ? 'PCN' : 'PCNs'} of {comparison.area}
        .
      </p>
      <SummaryList
        rows={[
          {
            key: 'Employed by PCN practices',
            value: group(comparison.pcnEmployed.posts, comparison.pcnEmployed.averageAnnualPayPerWte),
          },
          {
            key: 'Employed by VCSE organisations',
            value: group(comparison.vcseEmployed.posts, comparison.vcseEmployed.averageAnnualPayPerWte),
          },
        ]}
      />
      <p className="nhsuk-body">{comparison.note}</p>
    </section>
  );
}
