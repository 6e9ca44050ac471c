import type { Referral } from '@kith/shared';
import { useQueries } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import type { SelectOption } from '../../components/select-field.tsx';
import { usePersonTimeline } from '../people/people-queries.ts';
import { openEpisodeOptions, referralIdsFromTimeline } from './episode-choice.ts';

/**
 * The person's open referrals to file an onward referral under. There is no "referrals of a
 * person" list in the API, so the ids come from their timeline and each referral is read for
 * its status. The choice is optional: if any of this fails, the form simply offers none.
 */
export function useOpenEpisodes(personId: string): { options: SelectOption[]; settled: boolean } {
  const timeline = usePersonTimeline(personId);
  const ids = timeline.data ? referralIdsFromTimeline(timeline.data) : [];
  const referrals = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['referrals', 'detail', id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<Referral>(`/api/referrals/${encodeURIComponent(id)}`, undefined, signal),
    })),
  });
  const settled = !timeline.isPending && referrals.every((query) => !query.isPending);
  const loaded = referrals.flatMap((query) => (query.data ? [query.data] : []));
  return { options: settled ? openEpisodeOptions(loaded) : [], settled };
}
