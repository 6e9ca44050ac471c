/**
 * The words a person's timeline uses for its entries, so a reader sees "Referred by a GP
 * practice" and "Contact by phone", never the stored codes (`gp_practice`, `face_to_face`).
 * One map per code list; the server builds entry titles from them.
 */
import type { Instrument, Timepoint } from './outcome-scoring.ts';
import type { ContactMode, ReferralSource } from './person-categories.ts';

/** How a referral arrived, as a sentence. */
export const REFERRAL_ARRIVAL_TITLES: Record<ReferralSource, string> = {
  gp_practice: 'Referred by a GP practice',
  agency: 'Referred by another agency',
  self: 'Referred themselves',
  bulk_import: 'Referral imported from a list',
  api: 'Referred from another system',
};

/** How a contact happened, completing "Contact …" or "Failed contact attempt …". */
export const CONTACT_MODE_PHRASES: Record<ContactMode, string> = {
  phone: 'by phone',
  face_to_face: 'face to face',
  home_visit: 'on a home visit',
  video: 'by video call',
  text: 'by text message',
  group: 'at a group session',
};

/** Instrument names short enough for a title or a table column. */
export const INSTRUMENT_SHORT_LABELS: Record<Instrument, string> = { ons4: 'ONS4', swemwbs: 'SWEMWBS', ucla3: 'UCLA loneliness' };

/** When a measure was taken, as a phrase. */
export const TIMEPOINT_PHRASES: Record<Timepoint, string> = {
  baseline: 'at baseline',
  review: 'at review',
  discharge: 'at discharge',
};

/** "Contact by phone" or "Failed contact attempt by phone". */
export function contactTitle(mode: ContactMode, successful: boolean): string {
  return `${successful ? 'Contact' : 'Failed contact attempt'} ${CONTACT_MODE_PHRASES[mode]}`;
}

/** "ONS4 recorded at baseline". */
export function measureTitle(instrument: Instrument, timepoint: Timepoint): string {
  return `${INSTRUMENT_SHORT_LABELS[instrument]} recorded ${TIMEPOINT_PHRASES[timepoint]}`;
}
