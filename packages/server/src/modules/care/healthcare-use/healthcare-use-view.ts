import type { HealthcareUse } from '@kith/shared';
import type { RecordedHealthcareUse } from './healthcare-use-repository.ts';

/** A referral's recorded healthcare use as the API shows it. */
export function toHealthcareUse({ use, recordedByName }: RecordedHealthcareUse): HealthcareUse {
  return {
    referralId: use.referralId,
    gpConsultationsBefore: use.gpConsultationsBefore,
    gpConsultationsAfter: use.gpConsultationsAfter,
    aeAttendancesBefore: use.aeAttendancesBefore,
    aeAttendancesAfter: use.aeAttendancesAfter,
    recordedByName,
    recordedAt: use.recordedAt.toISOString(),
  };
}

/** Nothing recorded yet: every figure "not recorded". */
export function emptyHealthcareUse(referralId: string): HealthcareUse {
  return {
    referralId,
    gpConsultationsBefore: null,
    gpConsultationsAfter: null,
    aeAttendancesBefore: null,
    aeAttendancesAfter: null,
    recordedByName: null,
    recordedAt: null,
  };
}
