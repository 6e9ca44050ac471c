import type { SharedDetails } from '@kith/shared';
import { SummaryList } from '../../components/summary-list.tsx';
import { sharedRows } from './shared-details.ts';

/** The details shared with the provider, as they were when the referral was sent. */
export function SharedDetailsList({ shared }: { shared: SharedDetails }) {
  const rows = sharedRows(shared);
  if (rows.length === 0) return <p className="nhsuk-body">No personal details were shared.</p>;
  return <SummaryList rows={rows.map((row) => ({ key: row.key, value: <span className="kith-pre-line">{row.value}</span> }))} />;
}
