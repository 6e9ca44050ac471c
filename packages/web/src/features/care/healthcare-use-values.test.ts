import type { HealthcareUse } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import {
  afterFiguresOpen,
  buildHealthcareUseRequest,
  closedFields,
  healthcareUseFormValues,
  recordedCount,
} from './healthcare-use-values.ts';

const blank = { gpConsultationsBefore: '', gpConsultationsAfter: '', aeAttendancesBefore: '', aeAttendancesAfter: '' };

describe('healthcare use form', () => {
  it('keeps a blank box as not recorded, never as 0', () => {
    expect(buildHealthcareUseRequest({ ...blank, gpConsultationsBefore: ' 6 ', aeAttendancesAfter: '0' })).toEqual({
      ok: true,
      data: { gpConsultationsBefore: 6, gpConsultationsAfter: null, aeAttendancesBefore: null, aeAttendancesAfter: 0 },
    });
  });

  it('names each figure that is not a whole number from 0 to 999', () => {
    const result = buildHealthcareUseRequest({
      ...blank,
      gpConsultationsAfter: '2.5',
      aeAttendancesBefore: '-1',
      aeAttendancesAfter: '1000',
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: 'gpConsultationsAfter',
          message: 'Enter GP consultations after as a whole number, or leave it blank if not recorded',
        },
        {
          path: 'aeAttendancesBefore',
          message: 'Enter A&E attendances before as a whole number, or leave it blank if not recorded',
        },
        { path: 'aeAttendancesAfter', message: 'A&E attendances after must be 999 or fewer' },
      ],
    });
  });

  it('shows what was recorded, with blanks for what was not', () => {
    const recorded: HealthcareUse = {
      referralId: '11111111-1111-4111-8111-111111111111',
      afterFiguresFrom: '2026-07-01',
      gpConsultationsBefore: 8,
      gpConsultationsAfter: null,
      aeAttendancesBefore: 0,
      aeAttendancesAfter: null,
      recordedByName: 'Lina Link',
      recordedAt: '2026-03-01T10:00:00.000Z',
    };
    expect(healthcareUseFormValues(recorded)).toEqual({ ...blank, gpConsultationsBefore: '8', aeAttendancesBefore: '0' });
    expect(recordedCount(recorded)).toBe(2);
  });

  it('does not ask for "6 months after" figures until the six months have passed', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    expect(afterFiguresOpen({ afterFiguresFrom: '2026-12-08' }, now)).toBe(false);
    expect(afterFiguresOpen({ afterFiguresFrom: '2026-12-07' }, now)).toBe(true);
    const closed = closedFields(false);
    expect([...closed]).toEqual(['gpConsultationsAfter', 'aeAttendancesAfter']);
    // Anything left in a box the form no longer shows is sent as not recorded.
    expect(buildHealthcareUseRequest({ ...blank, gpConsultationsBefore: '4', gpConsultationsAfter: 'x' }, closed)).toEqual({
      ok: true,
      data: { gpConsultationsBefore: 4, gpConsultationsAfter: null, aeAttendancesBefore: null, aeAttendancesAfter: null },
    });
    expect(closedFields(true).size).toBe(0);
  });
});
