import type {
  CarePlan,
  Contact,
  ContactPage,
  CreateContactRequest,
  DischargeRequest,
  MessageBack,
  OutcomeSummary,
  RecordMeasureRequest,
  SaveCarePlanRequest,
} from '@kith/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { isApiError } from '../../api/api-error.ts';
import { LIST_PAGE_SIZE } from '../../components/use-page-param.ts';
import { messageBackKey } from '../referrals/message-back-queries.ts';
import { referralsKey } from '../referrals/referral-queries.ts';

const path = (referralId: string, rest: string) => `/api/referrals/${encodeURIComponent(referralId)}${rest}`;
const key = (referralId: string, part: string) => [...referralsKey, referralId, part] as const;

/** After work on a case: the referral's status, the caseload and the person's timeline may all have moved. */
function useCaseChanged(referralId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: [...referralsKey, 'detail', referralId] });
    void queryClient.invalidateQueries({ queryKey: [...referralsKey, 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['caseload'] });
    void queryClient.invalidateQueries({ queryKey: ['people'] });
  };
}

/** `GET /api/referrals/:id/contacts`, one page, oldest first. */
export function useContacts(referralId: string, page: number) {
  return useQuery({
    queryKey: [...key(referralId, 'contacts'), page],
    queryFn: ({ signal }) => api.get<ContactPage>(path(referralId, '/contacts'), { page, pageSize: LIST_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

/** `POST /api/referrals/:id/contacts`: a contact, or an attempt that did not reach them. */
export function useLogContact(referralId: string) {
  const queryClient = useQueryClient();
  const changed = useCaseChanged(referralId);
  return useMutation({
    mutationFn: (request: CreateContactRequest) => api.post<Contact>(path(referralId, '/contacts'), request),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: key(referralId, 'contacts') });
      changed();
    },
  });
}

/** An empty plan to start from when none has been saved yet. */
export function emptyCarePlan(referralId: string): CarePlan {
  return {
    referralId,
    version: 0,
    whatMatters: '',
    goals: [],
    actions: [],
    reviewDate: null,
    updatedAt: null,
    updatedByName: null,
  };
}

/** `GET /api/referrals/:id/care-plan` (a referral with no plan yet starts from an empty one). */
export function useCarePlan(referralId: string) {
  return useQuery({
    queryKey: key(referralId, 'care-plan'),
    queryFn: async ({ signal }) => {
      try {
        return await api.get<CarePlan>(path(referralId, '/care-plan'), undefined, signal);
      } catch (error) {
        if (isApiError(error, 'not_found')) return emptyCarePlan(referralId);
        throw error;
      }
    },
  });
}

/** `PUT /api/referrals/:id/care-plan`; a stale `baseVersion` is refused with 409. */
export function useSaveCarePlan(referralId: string) {
  const queryClient = useQueryClient();
  const changed = useCaseChanged(referralId);
  return useMutation({
    mutationFn: (request: SaveCarePlanRequest) => api.put<CarePlan>(path(referralId, '/care-plan'), request),
    onSuccess: (plan) => {
      queryClient.setQueryData(key(referralId, 'care-plan'), plan);
      changed();
    },
  });
}

/** `GET /api/referrals/:id/outcome-measures`: every measure and the change from baseline. */
export function useOutcomeSummary(referralId: string) {
  return useQuery({
    queryKey: key(referralId, 'outcome-measures'),
    queryFn: ({ signal }) => api.get<OutcomeSummary>(path(referralId, '/outcome-measures'), undefined, signal),
  });
}

/** `POST /api/referrals/:id/outcome-measures`. */
export function useRecordMeasure(referralId: string) {
  const queryClient = useQueryClient();
  const changed = useCaseChanged(referralId);
  return useMutation({
    mutationFn: (request: RecordMeasureRequest) => api.post<unknown>(path(referralId, '/outcome-measures'), request),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: key(referralId, 'outcome-measures') });
      changed();
    },
  });
}

/** `POST /api/referrals/:id/discharge`: closes the episode and writes the message back. */
export function useDischarge(referralId: string) {
  const queryClient = useQueryClient();
  const changed = useCaseChanged(referralId);
  return useMutation({
    mutationFn: (request: DischargeRequest) => api.post<MessageBack>(path(referralId, '/discharge'), request),
    onSuccess: (message) => {
      queryClient.setQueryData(messageBackKey(referralId), message);
      changed();
    },
  });
}
