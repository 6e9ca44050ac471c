import type { OutboxList } from '@kith/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

export const OUTBOX_PAGE_SIZE = 25;

/** `GET /api/admin/outbox`: every email, newest first, or only those not sent yet. */
export function useOutbox(unsentOnly: boolean, page: number) {
  return useQuery({
    queryKey: ['outbox', unsentOnly, page],
    queryFn: ({ signal }) =>
      api.get<OutboxList>(
        '/api/admin/outbox',
        { unsentOnly: unsentOnly ? 'true' : 'false', page, pageSize: OUTBOX_PAGE_SIZE },
        signal,
      ),
  });
}
