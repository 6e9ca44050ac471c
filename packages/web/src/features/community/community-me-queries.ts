import type { CommunityMe } from '@kith/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

/**
 * Who the reader is in the community (visitor, member, editor, moderator). Signing in or out
 * clears every cached query but the session, so this is asked again for the new reader.
 */
export function useCommunityMe() {
  return useQuery({
    queryKey: ['community', 'me'],
    queryFn: ({ signal }) => api.get<CommunityMe>('/api/community/me', undefined, signal),
    staleTime: 60_000,
  });
}
