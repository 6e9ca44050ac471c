import type { CreateOnwardReferralNoteRequest, OnwardReferralNote, OnwardReferralNoteList } from '@kith/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { onwardReferralsKey } from './onward-referral-queries.ts';
import { providerReferralsKey } from './provider-referral-queries.ts';

/** Which side of the referral the reader is on: each has its own address and cache. */
export type ConversationSide = 'requester' | 'provider';

function notesPath(side: ConversationSide, id: string): string {
  const base = side === 'provider' ? '/api/provider/onward-referrals' : '/api/onward-referrals';
  return `${base}/${encodeURIComponent(id)}/notes`;
}

function notesKey(side: ConversationSide, id: string) {
  return side === 'provider' ? [...providerReferralsKey, 'notes', id] : [...onwardReferralsKey, 'notes', id];
}

/** `GET …/onward-referrals/:id/notes`: the conversation, oldest first, and whether the reader may add to it. */
export function useConversation(side: ConversationSide, id: string) {
  return useQuery({
    queryKey: notesKey(side, id),
    queryFn: ({ signal }) => api.get<OnwardReferralNoteList>(notesPath(side, id), undefined, signal),
  });
}

/** `POST …/onward-referrals/:id/notes`; the conversation (and the provider's inbox marker) refresh after. */
export function useAddNote(side: ConversationSide, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateOnwardReferralNoteRequest) => api.post<OnwardReferralNote>(notesPath(side, id), request),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: notesKey(side, id) });
      if (side === 'provider') void queryClient.invalidateQueries({ queryKey: [...providerReferralsKey, 'inbox'] });
    },
  });
}
