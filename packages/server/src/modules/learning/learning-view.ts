import type { DueCourse, LearningTeam } from '@kith/shared';
import type { PcnPerson } from '../supervision/pcn-people-repository.ts';

/** One link worker's line of the team view: how many courses are due and overdue, and when they last self-assessed. */
export function toLearningTeamMember(
  worker: PcnPerson,
  due: readonly DueCourse[],
  lastSelfAssessmentOn: string | null,
): LearningTeam['workers'][number] {
  return {
    userId: worker.userId,
    name: worker.name,
    dueCount: due.filter((d) => d.status === 'due').length,
    overdueCount: due.filter((d) => d.status === 'overdue').length,
    lastSelfAssessmentOn,
  };
}
