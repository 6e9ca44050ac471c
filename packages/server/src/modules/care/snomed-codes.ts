/**
 * The two SNOMED CT (UK edition) concepts for social prescribing that Kith's logic depends on,
 * with their fully specified names, as listed in the domain reference
 * (/docs/domain-reference.md, "SNOMED CT (UK edition) for social prescribing"). Codes for
 * referral reasons are data (`referral_reasons.snomed_code`, extended by administrators), never
 * constants here.
 */
export interface SnomedConcept {
  code: string;
  term: string;
}

/** Entered in the GP record once the person has taken up the referral (a successful contact). */
export const REFERRAL_TO_SOCIAL_PRESCRIBING: SnomedConcept = {
  code: '871731000000106',
  term: 'Referral to social prescribing service (procedure)',
};

/** Entered when the person declines social prescribing (the referrals module's decline path). */
export const SOCIAL_PRESCRIBING_DECLINED: SnomedConcept = {
  code: '871711000000103',
  term: 'Social prescribing declined (situation)',
};
