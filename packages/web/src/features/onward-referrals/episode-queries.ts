import type { PersonReferralList } from '@kith/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import type { SelectOption } from '../../components/select-field.tsx';
import { openEpisodeOptions } from './episode-choice.ts';

/**
 * The person's open referrals to file an onward referral under, from one request
 * (`GET /api/people/:id/referrals`). Keyed under 'people' so referral changes, which invalidate
 * that key, refresh the choice. It is optional: if the read fails, the form simply offers none.
 */
export function useOpenEpisodes(personId: string): { options: SelectOption[]; settled: boolean } {
  const referrals = useQuery({
    queryKey: ['people', 'referrals', personId],
    queryFn: ({ signal }) =>
      api.get<PersonReferralList>(`/api/people/${encodeURIComponent(personId)}/referrals`, undefined, signal),
    select: (list) => list.items,
  });
  const settled = !referrals.isPending;
  return { options: referrals.data ? openEpisodeOptions(referrals.data) : [], settled };
}
