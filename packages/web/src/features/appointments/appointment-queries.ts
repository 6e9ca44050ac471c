import type {
  Appointment,
  AppointmentList,
  AppointmentWorkerList,
  AttendedRequest,
  BookAppointmentRequest,
  CalendarFeedCreated,
  CalendarFeedStatus,
  CancelAppointmentRequest,
  DidNotAttendRequest,
  RescheduleAppointmentRequest,
} from '@kith/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { referralsKey } from '../referrals/referral-queries.ts';

export const appointmentsKey = ['appointments'] as const;
const feedKey = ['calendar-feed'] as const;
const id = (value: string) => encodeURIComponent(value);

/** `GET /api/referrals/:id/appointments`. */
export function useReferralAppointments(referralId: string) {
  return useQuery({
    queryKey: [...appointmentsKey, 'referral', referralId],
    queryFn: ({ signal }) => api.get<AppointmentList>(`/api/referrals/${id(referralId)}/appointments`, undefined, signal),
  });
}

/** `GET /api/referrals/:id/appointment-workers`: who an appointment can be with. */
export function useAppointmentWorkers(referralId: string) {
  return useQuery({
    queryKey: [...appointmentsKey, 'workers', referralId],
    queryFn: ({ signal }) =>
      api.get<AppointmentWorkerList>(`/api/referrals/${id(referralId)}/appointment-workers`, undefined, signal),
  });
}

/** `GET /api/appointments/:id`. */
export function useAppointment(appointmentId: string) {
  return useQuery({
    queryKey: [...appointmentsKey, 'detail', appointmentId],
    queryFn: ({ signal }) => api.get<Appointment>(`/api/appointments/${id(appointmentId)}`, undefined, signal),
  });
}

/** `GET /api/appointments?from=&to=`: my calendar, or (`team`) my team's. */
export function useCalendar(range: { from: string; to: string }, team = false) {
  return useQuery({
    queryKey: [...appointmentsKey, 'calendar', team ? 'team' : 'own', range.from, range.to],
    queryFn: ({ signal }) =>
      api.get<AppointmentList>(
        '/api/appointments',
        { from: range.from, to: range.to, ...(team ? { team: 'true' } : {}) },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

/** After any change: lists, calendars, the case (a contact may have been logged) and the caseload. */
function useAppointmentsChanged() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: appointmentsKey });
    void queryClient.invalidateQueries({ queryKey: referralsKey });
    void queryClient.invalidateQueries({ queryKey: ['caseload'] });
    void queryClient.invalidateQueries({ queryKey: ['people'] });
  };
}

/** `POST /api/referrals/:id/appointments`. */
export function useBookAppointment(referralId: string) {
  const changed = useAppointmentsChanged();
  return useMutation({
    mutationFn: (request: BookAppointmentRequest) =>
      api.post<Appointment>(`/api/referrals/${id(referralId)}/appointments`, request),
    onSuccess: changed,
  });
}

/** `PATCH /api/appointments/:id`. */
export function useRescheduleAppointment(appointmentId: string) {
  const changed = useAppointmentsChanged();
  return useMutation({
    mutationFn: (request: RescheduleAppointmentRequest) =>
      api.patch<Appointment>(`/api/appointments/${id(appointmentId)}`, request),
    onSuccess: changed,
  });
}

/** `POST /api/appointments/:id/cancel | did-not-attend | attended`. */
export function useAppointmentOutcome(appointmentId: string) {
  const changed = useAppointmentsChanged();
  const post = (action: string) => (request: object) =>
    api.post<Appointment>(`/api/appointments/${id(appointmentId)}/${action}`, request);
  return {
    cancel: useMutation({
      mutationFn: post('cancel') as (r: CancelAppointmentRequest) => Promise<Appointment>,
      onSuccess: changed,
    }),
    didNotAttend: useMutation({
      mutationFn: post('did-not-attend') as (r: DidNotAttendRequest) => Promise<Appointment>,
      onSuccess: changed,
    }),
    attended: useMutation({ mutationFn: post('attended') as (r: AttendedRequest) => Promise<Appointment>, onSuccess: changed }),
  };
}

/** `GET /api/calendar-feed`. */
export function useCalendarFeed() {
  return useQuery({
    queryKey: feedKey,
    queryFn: ({ signal }) => api.get<CalendarFeedStatus>('/api/calendar-feed', undefined, signal),
  });
}

/** `POST /api/calendar-feed` (a new secret address) and `DELETE` (turn it off). */
export function useCalendarFeedChanges() {
  const queryClient = useQueryClient();
  const changed = () => void queryClient.invalidateQueries({ queryKey: feedKey });
  return {
    create: useMutation({ mutationFn: () => api.post<CalendarFeedCreated>('/api/calendar-feed'), onSuccess: changed }),
    revoke: useMutation({ mutationFn: () => api.delete('/api/calendar-feed'), onSuccess: changed }),
  };
}
