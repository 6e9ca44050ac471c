import type { Appointment } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import {
  buildAttendedRequest,
  buildBookRequest,
  buildCancelRequest,
  buildDidNotAttendRequest,
  buildRescheduleRequest,
  EMPTY_APPOINTMENT,
  EMPTY_CANCEL,
  EMPTY_NOTE,
  needsOffset,
  normaliseTime,
  valuesFromAppointment,
} from './appointment-values.ts';

const filled = {
  ...EMPTY_APPOINTMENT,
  date: { day: '1', month: '7', year: '2030' },
  time: '9:30',
  durationMinutes: ' 30 ',
  mode: 'phone',
};

describe('the appointment form', () => {
  it('builds a booking in UK wall-clock time', () => {
    expect(buildBookRequest(filled)).toEqual({
      ok: true,
      data: {
        workerId: null,
        date: '2030-07-01',
        time: '09:30',
        offset: null,
        durationMinutes: 30,
        mode: 'phone',
        place: null,
        videoLink: null,
      },
    });
  });

  it('books with a chosen colleague when one is picked', () => {
    const id = '0b1c2d3e-4f50-4a6b-8c7d-8e9f0a1b2c3d';
    const result = buildBookRequest({ ...filled, workerId: id });
    expect(result.ok && result.data.workerId).toBe(id);
  });

  it('asks for everything missing, in form order', () => {
    const result = buildBookRequest({ ...EMPTY_APPOINTMENT, durationMinutes: 'half an hour' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(['date', 'time', 'durationMinutes', 'mode']);
    expect(result.issues[0]?.message).toBe('Enter the date of the appointment');
  });

  it('refuses a video link that is not https and asks for one on a video appointment', () => {
    const http = buildBookRequest({ ...filled, mode: 'video', videoLink: 'http://meet.example/x' });
    expect(http.ok ? [] : http.issues).toEqual([{ path: 'videoLink', message: 'Enter a video link starting with https://' }]);
    const missing = buildBookRequest({ ...filled, mode: 'video' });
    expect(missing.ok ? [] : missing.issues).toEqual([
      { path: 'videoLink', message: 'Enter the video link for a video appointment' },
    ]);
  });

  it('refuses lengths outside 5 minutes to 8 hours and impossible times', () => {
    const short = buildBookRequest({ ...filled, durationMinutes: '4' });
    expect(short.ok ? [] : short.issues.map((i) => i.path)).toEqual(['durationMinutes']);
    const long = buildBookRequest({ ...filled, durationMinutes: '481' });
    expect(long.ok ? [] : long.issues.map((i) => i.path)).toEqual(['durationMinutes']);
    expect(normaliseTime('24:00')).toBeNull();
    expect(normaliseTime('1430')).toBe('14:30');
  });

  it('asks which 01:30 is meant on the night the clocks go back', () => {
    const repeated = { ...filled, date: { day: '27', month: '10', year: '2030' }, time: '01:30' };
    expect(needsOffset(repeated)).toBe(true);
    const result = buildBookRequest(repeated);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['offset']);
    expect(buildBookRequest({ ...repeated, offset: '+00:00' }).ok).toBe(true);
    expect(needsOffset(filled)).toBe(false);
  });

  it('reschedules from the appointment as it is, with the version seen', () => {
    const appointment = {
      startsAt: '2030-07-01T08:30:00.000Z',
      durationMinutes: 45,
      mode: 'face_to_face',
      place: 'Room 2',
      videoLink: null,
      version: 3,
    } as Appointment;
    const values = valuesFromAppointment(appointment);
    expect(values).toMatchObject({ date: { day: '1', month: '7', year: '2030' }, time: '09:30', durationMinutes: '45' });
    expect(buildRescheduleRequest({ ...values, time: '11:00' }, 3)).toEqual({
      ok: true,
      data: {
        version: 3,
        date: '2030-07-01',
        time: '11:00',
        offset: null,
        durationMinutes: 45,
        mode: 'face_to_face',
        place: 'Room 2',
        videoLink: null,
      },
    });
  });
});

describe('what happened at an appointment', () => {
  it('needs a reason to cancel', () => {
    const empty = buildCancelRequest(EMPTY_CANCEL, 2);
    expect(empty.ok ? [] : empty.issues).toEqual([{ path: 'reason', message: 'Enter why the appointment is cancelled' }]);
    expect(buildCancelRequest({ reason: ' Unwell ' }, 2)).toEqual({ ok: true, data: { version: 2, reason: 'Unwell' } });
  });

  it('sends notes only when some were written', () => {
    expect(buildAttendedRequest(EMPTY_NOTE, 1)).toEqual({ ok: true, data: { version: 1, notes: null } });
    expect(buildAttendedRequest({ notes: ' Went well ' }, 1)).toEqual({ ok: true, data: { version: 1, notes: 'Went well' } });
    expect(buildDidNotAttendRequest({ note: 'No answer at the door' }, 4)).toEqual({
      ok: true,
      data: { version: 4, note: 'No answer at the door' },
    });
  });
});
