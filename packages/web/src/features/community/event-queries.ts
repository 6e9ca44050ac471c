import type {
  CommunityEventAttendeeList,
  CommunityEventDetail,
  CommunityEventInviteRequest,
  CommunityEventInviteResult,
  CommunityEventList,
  CommunityRsvpResponse,
  CreateCommunityEventRequest,
  OrganisationList,
  UpdateCommunityEventRequest,
} from '@kith/shared';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { LIST_PAGE_SIZE } from '../../components/use-page-param.ts';

export const EVENTS_PAGE_SIZE = 20;
export type EventsWhen = 'upcoming' | 'past';

const eventsKey = ['community', 'events'] as const;
const eventKey = (id: string) => [...eventsKey, 'detail', id] as const;
const eventPath = (id: string) => `/api/community/events/${encodeURIComponent(id)}`;

function eventChanged(queryClient: QueryClient, event: CommunityEventDetail): void {
  queryClient.setQueryData(eventKey(event.id), event);
  void queryClient.invalidateQueries({ queryKey: [...eventsKey, 'list'] });
  void queryClient.invalidateQueries({ queryKey: [...eventsKey, 'attendees', event.id] });
}

/** `GET /api/community/events`: upcoming (soonest first) or past (most recent first). */
export function useEvents(when: EventsWhen, page: number, pageSize = EVENTS_PAGE_SIZE) {
  return useQuery({
    queryKey: [...eventsKey, 'list', when, page, pageSize],
    queryFn: ({ signal }) => api.get<CommunityEventList>('/api/community/events', { when, page, pageSize }, signal),
  });
}

/** `GET /api/community/events/:id`. */
export function useEvent(id: string) {
  return useQuery({
    queryKey: eventKey(id),
    queryFn: ({ signal }) => api.get<CommunityEventDetail>(eventPath(id), undefined, signal),
  });
}

/** `PUT /api/community/events/:id/rsvp`: answers with the event and where the member now stands. */
export function useRsvp(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (response: CommunityRsvpResponse) => api.put<CommunityEventDetail>(`${eventPath(id)}/rsvp`, { response }),
    onSuccess: (event) => eventChanged(queryClient, event),
  });
}

/** `POST /api/community/events` (editors). */
export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCommunityEventRequest) => api.post<CommunityEventDetail>('/api/community/events', body),
    onSuccess: (event) => eventChanged(queryClient, event),
  });
}

/** `PATCH /api/community/events/:id` (editors). */
export function useUpdateEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCommunityEventRequest) => api.patch<CommunityEventDetail>(eventPath(id), body),
    onSuccess: (event) => eventChanged(queryClient, event),
  });
}

/** `POST /api/community/events/:id/cancel` (editors). */
export function useCancelEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CommunityEventDetail>(`${eventPath(id)}/cancel`),
    onSuccess: (event) => eventChanged(queryClient, event),
  });
}

/** `POST /api/community/events/:id/invitations` (editors). */
export function useInviteToEvent(id: string) {
  return useMutation({
    mutationFn: (body: CommunityEventInviteRequest) => api.post<CommunityEventInviteResult>(`${eventPath(id)}/invitations`, body),
  });
}

/** `GET /api/community/events/:id/attendees`, one page (editors only: ask only when the reader is one). */
export function useAttendees(id: string, enabled: boolean, page = 1) {
  return useQuery({
    enabled,
    queryKey: [...eventsKey, 'attendees', id, page],
    queryFn: ({ signal }) =>
      api.get<CommunityEventAttendeeList>(`${eventPath(id)}/attendees`, { page, pageSize: LIST_PAGE_SIZE }, signal),
  });
}

/** The organisations the editor can see, to invite one (or a role within one). */
export function useInviteOrganisations() {
  return useQuery({
    queryKey: ['organisations', 'community-invite'],
    queryFn: async ({ signal }) => (await api.get<OrganisationList>('/api/organisations', undefined, signal)).items,
  });
}
