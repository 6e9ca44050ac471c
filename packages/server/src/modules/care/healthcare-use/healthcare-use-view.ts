import { type HealthcareUse, healthcareUseAfterFrom } from '@kith/shared';
import type { RecordedHealthcareUse } from './healthcare-use-repository.ts';

/**
 * A referral's recorded healthcare use as the API shows it, with the first day its "after"
 * figures can be entered (six months after the referral was received).
 */
export function toHealthcareUse({ use, recordedByName }: RecordedHealthcareUse, receivedAt: Date): HealthcareUse {
  return {
    referralId: use.referralId,
    afterFiguresFrom: healthcareUseAfterFrom(receivedAt),
    gpConsultationsBefore: use.gpConsultationsBefore,
    gpConsultationsAfter: use.gpConsultationsAfter,
    aeAttendancesBefore: use.aeAttendancesBefore,
    aeAttendancesAfter: use.aeAttendancesAfter,
    recordedByName,
    recordedAt: use.recordedAt.toISOString(),
  };
}

/** Nothing recorded yet: every figure "not recorded". */
export function emptyHealthcareUse(referralId: string, receivedAt: Date): HealthcareUse {
  return {
    referralId,
    afterFiguresFrom: healthcareUseAfterFrom(receivedAt),
    gpConsultationsBefore: null,
    gpConsultationsAfter: null,
    aeAttendancesBefore: null,
    aeAttendancesAfter: null,
    recordedByName: null,
    recordedAt: null,
  };
}
