/**
 * The postcode district (the outward code, e.g. "BW1" of "BW1 2AB"): precise enough to show
 * where needs go unmet, without pointing at anyone's home. The inward code is always the last
 * three characters, so a postcode typed without its space still works.
 */
export function postcodeDistrict(postcode: string | null | undefined): string {
  const compact = (postcode ?? '').toUpperCase().replace(/\s+/g, '');
  if (!/^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(compact)) return '';
  return compact.slice(0, -3);
}
