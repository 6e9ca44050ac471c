import type { CapacityStatus, ServiceSummary } from '@kith/shared';

/** Miles per kilometre; people in the UK often think of distance in miles. */
const MILES_PER_KM = 0.621371;

/** "1.2 km (0.7 miles)". */
export function formatDistance(metres: number | null | undefined): string {
  if (metres === null || metres === undefined) return '';
  const km = metres / 1000;
  const miles = km * MILES_PER_KM;
  const oneDecimal = (value: number) => (Math.round(value * 10) / 10).toFixed(1);
  return `${oneDecimal(km)} km (${oneDecimal(miles)} ${oneDecimal(miles) === '1.0' ? 'mile' : 'miles'})`;
}

/** A typical wait in words: "No wait", "3 days", "About 6 weeks"; "Not known" when not given. */
export function describeWait(days: number | null | undefined): string {
  if (days === null || days === undefined) return 'Not known';
  if (days === 0) return 'No wait';
  if (days < 14) return days === 1 ? '1 day' : `${days} days`;
  const weeks = Math.round(days / 7);
  return days % 7 === 0 ? `${weeks} weeks` : `About ${weeks} weeks`;
}

/** NHS tag colour per capacity; the tag's words always say the status too. */
export const CAPACITY_TAG_CLASSES: Record<CapacityStatus, string> = {
  open: 'nhsuk-tag nhsuk-tag--green',
  limited: 'nhsuk-tag nhsuk-tag--yellow',
  waiting_list: 'nhsuk-tag nhsuk-tag--orange',
  closed: 'nhsuk-tag nhsuk-tag--red',
};

/** Who the service is for by age: "All ages", "18 and over", "Up to 25", "18 to 65". */
export function describeAges(minimumAge: number | null, maximumAge: number | null): string {
  if (minimumAge === null && maximumAge === null) return 'All ages';
  if (maximumAge === null) return `${minimumAge} and over`;
  if (minimumAge === null || minimumAge === 0) return `Up to ${maximumAge}`;
  return `${minimumAge} to ${maximumAge}`;
}

/** "£3.50", "Free" for nothing or zero. */
export function formatPounds(amount: number | null | undefined): string {
  if (!amount) return 'Free';
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(amount);
}

/** One cost option in words: "Per session: £3.50 (concessions £2)". */
export function describeCost(cost: { option: string | null; amount: number | null; amountDescription: string | null }): string {
  const price = formatPounds(cost.amount);
  const head = cost.option ? `${cost.option}: ${price}` : price;
  return cost.amountDescription ? `${head} (${cost.amountDescription})` : head;
}

/**
 * Whether a link worker may send an onward referral to the service from Kith: only services
 * taking referrals through Kith that are not closed to referrals (the server checks the same).
 */
export function isReferable(service: Pick<ServiceSummary, 'referralRoute' | 'capacityStatus' | 'archived'>): boolean {
  return service.referralRoute === 'kith_referral' && service.capacityStatus !== 'closed' && !service.archived;
}

/** "Nothing matched" results heading: "1 service found", "12 services found". */
export function resultCountHeading(total: number): string {
  if (total === 0) return 'No services found';
  return total === 1 ? '1 service found' : `${total} services found`;
}

/** Comma-separated text as a clean list: trimmed, blanks and repeats dropped. */
export function splitList(text: string): string[] {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return [...new Set(items)];
}
