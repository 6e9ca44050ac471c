import {
  Appointment,
  AppointmentList,
  AppointmentWorkerList,
  AttendedRequest,
  BookAppointmentRequest,
  CalendarQuery,
  CancelAppointmentRequest,
  DidNotAttendRequest,
  IdParams,
  RescheduleAppointmentRequest,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { calendarFor } from './appointment-calendar-service.ts';
import {
  appointmentWorkers,
  bookAppointment,
  cancelAppointment,
  getAppointment,
  listReferralAppointments,
  markAttended,
  markDidNotAttend,
  rescheduleAppointment,
} from './appointment-service.ts';

/** Appointments: booking on a referral, the calendars, and what happened at each one. */
export async function appointmentRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const policy = app.kith.config.pathway;
  const tags = ['appointments'];

  app.post(
    '/api/referrals/:id/appointments',
    {
      schema: {
        tags,
        summary: 'Book an appointment on the referral (UK date and time, in the future); queues the confirmation',
        params: IdParams,
        body: BookAppointmentRequest,
        response: { 201: Appointment },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await bookAppointment(db, request.ctx, request.params.id, { input: request.body })),
  );

  app.get(
    '/api/referrals/:id/appointments',
    {
      schema: {
        tags,
        summary: "The referral's appointments, in time order",
        params: IdParams,
        response: { 200: AppointmentList },
      },
    },
    async (request) => ({ items: await listReferralAppointments(db, request.ctx, request.params.id) }),
  );

  app.get(
    '/api/referrals/:id/appointment-workers',
    {
      schema: {
        tags,
        summary: 'Who an appointment on the referral can be with (colleagues who work the PCN’s referrals), and who is assigned',
        params: IdParams,
        response: { 200: AppointmentWorkerList },
      },
    },
    async (request) => appointmentWorkers(db, request.ctx, request.params.id),
  );

  app.get(
    '/api/appointments',
    {
      schema: {
        tags,
        summary: 'Appointments starting in [from, to): my own, or (supervisors) a worker’s or the team’s with team=true',
        querystring: CalendarQuery,
        response: { 200: AppointmentList },
      },
    },
    async (request) => ({ items: await calendarFor(db, request.ctx, request.query) }),
  );

  app.get(
    '/api/appointments/:id',
    { schema: { tags, summary: 'One appointment', params: IdParams, response: { 200: Appointment } } },
    async (request) => getAppointment(db, request.ctx, request.params.id),
  );

  app.patch(
    '/api/appointments/:id',
    {
      schema: {
        tags,
        summary: 'Reschedule a booked appointment; 409 if it changed since `version`',
        params: IdParams,
        body: RescheduleAppointmentRequest,
        response: { 200: Appointment },
      },
    },
    async (request) => rescheduleAppointment(db, request.ctx, request.params.id, { input: request.body }),
  );

  app.post(
    '/api/appointments/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a booked appointment, saying why',
        params: IdParams,
        body: CancelAppointmentRequest,
        response: { 200: Appointment },
      },
    },
    async (request) => cancelAppointment(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/appointments/:id/did-not-attend',
    {
      schema: {
        tags,
        summary: 'Record that the person did not attend (once it has started)',
        params: IdParams,
        body: DidNotAttendRequest,
        response: { 200: Appointment },
      },
    },
    async (request) => markDidNotAttend(db, request.ctx, request.params.id, { input: request.body }),
  );

  app.post(
    '/api/appointments/:id/attended',
    {
      schema: {
        tags,
        summary: 'Mark attended: logs the successful contact (start, length and mode of the appointment) in the same step',
        params: IdParams,
        body: AttendedRequest,
        response: { 200: Appointment },
      },
    },
    async (request) => markAttended(db, request.ctx, request.params.id, { input: request.body, policy }),
  );
}
