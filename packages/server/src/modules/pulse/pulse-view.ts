import { type PulseRound, pulseRoundState } from '@kith/shared';
import type { NamedPulseRound } from './pulse-repository.ts';

/** A round as the API returns it; its state (upcoming, open, closed) is worked out for `today` (UK). */
export function toPulseRound({ row, organisationName }: NamedPulseRound, today: string): PulseRound {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName,
    title: row.title,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    state: pulseRoundState(row, today),
    createdAt: row.createdAt.toISOString(),
  };
}
