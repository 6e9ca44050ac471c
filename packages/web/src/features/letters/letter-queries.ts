import type { CreateAppointmentLetterRequest, CreateReferralLetterRequest, LetterPage, LetterSummary } from '@kith/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

export const lettersKey = ['letters'] as const;

/** How many letters the person page lists at a time. */
export const LETTERS_PAGE_SIZE = 20;

/** `GET /api/people/:id/letters`, one page, newest first. */
export function usePersonLetters(personId: string, page: number) {
  return useQuery({
    queryKey: [...lettersKey, 'person', personId, page],
    queryFn: ({ signal }) =>
      api.get<LetterPage>(`/api/people/${encodeURIComponent(personId)}/letters`, { page, pageSize: LETTERS_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

/** What a letter is made from: a referral (care plan, discharge letter) or an appointment. */
export type LetterSource =
  | { from: 'referral'; referralId: string; kind: CreateReferralLetterRequest['kind'] }
  | { from: 'appointment'; appointmentId: string };

/** `POST …/letters`: makes the PDF and keeps it on the person's record; the person's list is refreshed. */
export function useMakeLetter(source: LetterSource) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ largePrint }: { largePrint: boolean }) => {
      if (source.from === 'referral') {
        const body: CreateReferralLetterRequest = { kind: source.kind, largePrint };
        return api.post<LetterSummary>(`/api/referrals/${encodeURIComponent(source.referralId)}/letters`, body);
      }
      const body: CreateAppointmentLetterRequest = { largePrint };
      return api.post<LetterSummary>(`/api/appointments/${encodeURIComponent(source.appointmentId)}/letters`, body);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: lettersKey }),
  });
}
