import type { WorkforcePost } from '@kith/shared';
import type { NamedPostRow } from './post-repository.ts';

/** A post as the API returns it: a chosen user's current name wins over a typed-in holder name. */
export function toPost(row: NamedPostRow): WorkforcePost {
  const { post } = row;
  return {
    id: post.id,
    pcnId: post.pcnId,
    title: post.title,
    role: post.role,
    employmentModel: post.employmentModel,
    employerId: post.employerId,
    employerName: row.employerName,
    holderUserId: post.holderUserId,
    holderName: post.holderName,
    holderDisplayName: row.holderUserName ?? post.holderName,
    band: post.band,
    startingPayPoint: post.startingPayPoint,
    spotSalary: post.spotSalary,
    wte: post.wte,
    startDate: post.startDate,
    endDate: post.endDate,
    contractType: post.contractType,
    fundingSource: post.fundingSource,
    managementCostPerWte: post.managementCostPerWte,
    lineManagerUserId: post.lineManagerUserId,
    lineManagerName: row.lineManagerName,
    clinicalSupervisorUserId: post.clinicalSupervisorUserId,
    clinicalSupervisorName: row.clinicalSupervisorName,
    updatedAt: post.updatedAt.toISOString(),
  };
}
