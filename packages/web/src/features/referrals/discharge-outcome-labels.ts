import type { DischargeRequest } from '@kith/shared';

export type DischargeOutcome = DischargeRequest['outcome'];

export const DISCHARGE_OUTCOME_LABELS: Record<DischargeOutcome, string> = {
  goals_met: 'Goals met',
  partly_met: 'Goals partly met',
  not_met: 'Goals not met',
  disengaged: 'Stopped taking part',
  moved_away: 'Moved away',
  referred_elsewhere: 'Referred to another service',
  other: 'Other',
};

/** The label of a discharge outcome, or the code itself if this version of Kith does not know it. */
export function dischargeOutcomeLabel(outcome: string): string {
  const known = Object.entries(DISCHARGE_OUTCOME_LABELS).find(([code]) => code === outcome);
  return known ? known[1] : outcome;
}
