/**
 * The reference people quote about a referral: the first 8 characters of its id, in capitals
 * (`3F2A9C1B`). Short enough to read over the phone; the whole id stays the key.
 */
export function referralReference(referralId: string): string {
  return referralId.slice(0, 8).toUpperCase();
}
