import { ACKNOWLEDGEMENT_CHECK_JOB, checkAcknowledgement } from '../modules/onward-referrals/acknowledgement-check-job.ts';
import type { JobHandlers } from './job-queue.ts';

/** Every job kind Kith runs, with its handler. Add a kind here when a feature queues a new one. */
export function kithJobHandlers(): JobHandlers {
  return {
    [ACKNOWLEDGEMENT_CHECK_JOB]: checkAcknowledgement,
  };
}
