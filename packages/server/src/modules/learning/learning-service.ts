import type {
  CompetencyFramework,
  LearningTeam,
  MyLearning,
  RecordCompletionRequest,
  SelfAssessment,
  SelfAssessmentRequest,
  TrainingCourse,
  TrainingCourseInput,
  UpdateFrameworkRequest,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { assertInScope, requireActor, scopeFor } from '../../access/org-scope.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { notFound, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { findPcn, peopleOfPcn } from '../supervision/pcn-people-repository.ts';
import { dueCourses } from './learning-due.ts';
import {
  findCourse,
  findFramework,
  insertCompletion,
  insertCourse,
  insertSelfAssessment,
  lastSelfAssessmentDates,
  latestCompletions,
  latestSelfAssessment,
  listActiveFrameworks,
  listCompletions,
  listCourses,
  updateCourse,
  updateFramework,
} from './learning-repository.ts';
import { toLearningTeamMember } from './learning-view.ts';

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The catalogue, for everyone signed in (retired courses included, flagged inactive). */
export async function courseCatalogue(db: Db, ctx: RequestContext): Promise<TrainingCourse[]> {
  requireActor(ctx);
  return listCourses(db);
}

/** Adds a course to the catalogue (admins). */
export async function createCourse(db: Db, ctx: RequestContext, input: TrainingCourseInput): Promise<TrainingCourse> {
  const scope = await scopeFor(db, ctx, 'learning:manage');
  return db.transaction(async (tx) => {
    const course = await insertCourse(tx, input);
    await recordAudit(tx, ctx, { action: 'create', recordType: 'training_course', recordId: course.id, via: scope.via });
    return course;
  });
}

/** Edits a course (admins); the due list follows the new required flag and renewal at once. */
export async function editCourse(db: Db, ctx: RequestContext, id: string, input: TrainingCourseInput): Promise<TrainingCourse> {
  const scope = await scopeFor(db, ctx, 'learning:manage');
  return db.transaction(async (tx) => {
    const course = await updateCourse(tx, id, input);
    if (!course) throw notFound('Course');
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'training_course',
      recordId: id,
      via: scope.via,
      detail: { fields: Object.keys(input) },
    });
    return course;
  });
}

async function dueFor(db: DbOrTx, userIds: string[], today: string) {
  const courses = await listCourses(db);
  const latest = await latestCompletions(db, userIds);
  return new Map(
    userIds.map((userId) => {
      const last = new Map(latest.filter((l) => l.userId === userId).map((l) => [l.courseId, l.lastOn]));
      return [userId, dueCourses(courses, last, today)];
    }),
  );
}

/** My completions, what is due, and my latest self-assessment. */
export async function myLearning(db: Db, ctx: RequestContext): Promise<MyLearning> {
  const actor = requireActor(ctx);
  const scope = await scopeFor(db, ctx, 'learning:self');
  const due = (await dueFor(db, [actor.userId], todayIso())).get(actor.userId) ?? [];
  const result = {
    due,
    completions: await listCompletions(db, actor.userId),
    latestSelfAssessment: await latestSelfAssessment(db, actor.userId),
  };
  await recordAudit(db, ctx, { action: 'read', recordType: 'learning_record', recordId: actor.userId, via: scope.via });
  return result;
}

/** Records that I completed a course, with evidence; a completion date in the future is refused. */
export async function recordCompletion(db: Db, ctx: RequestContext, input: RecordCompletionRequest): Promise<MyLearning> {
  const actor = requireActor(ctx);
  const scope = await scopeFor(db, ctx, 'learning:self');
  const course = await findCourse(db, input.courseId);
  if (!course?.active) throw validationError('courseId', 'Choose a course from the catalogue');
  if (input.completedOn > todayIso())
    throw validationError('completedOn', 'The date you completed it must be today or in the past');
  await db.transaction(async (tx) => {
    const id = await insertCompletion(tx, { ...input, userId: actor.userId });
    await recordAudit(tx, ctx, { action: 'create', recordType: 'training_completion', recordId: id, via: scope.via });
  });
  return myLearning(db, ctx);
}

/** The active competency frameworks. */
export async function activeFrameworks(db: Db, ctx: RequestContext): Promise<CompetencyFramework[]> {
  requireActor(ctx);
  return listActiveFrameworks(db);
}

/**
 * Saves my self-assessment. Every competency of the framework needs a rating 1–4; a missing
 * one is named (`ratings.<id>`, with its statement) so the form can point at it.
 */
export async function submitSelfAssessment(db: Db, ctx: RequestContext, input: SelfAssessmentRequest): Promise<SelfAssessment> {
  const actor = requireActor(ctx);
  const scope = await scopeFor(db, ctx, 'learning:self');
  const framework = await findFramework(db, input.frameworkId);
  if (!framework?.active) throw validationError('frameworkId', 'Choose an active competency framework');
  const known = new Set(framework.competencies.map((c) => c.id));
  const missing = framework.competencies.find((c) => input.ratings[c.id] === undefined);
  if (missing) throw validationError(`ratings.${missing.id}`, `Rate yourself for "${missing.statement}"`);
  const unknown = Object.keys(input.ratings).find((id) => !known.has(id));
  if (unknown) throw validationError(`ratings.${unknown}`, 'This competency is not in the framework');
  const assessedOn = todayIso();
  await db.transaction(async (tx) => {
    const id = await insertSelfAssessment(tx, {
      userId: actor.userId,
      frameworkId: framework.id,
      ratings: input.ratings,
      assessedOn,
    });
    await recordAudit(tx, ctx, { action: 'create', recordType: 'competency_self_assessment', recordId: id, via: scope.via });
  });
  const latest = await latestSelfAssessment(db, actor.userId);
  if (!latest) throw notFound('Self-assessment');
  return latest;
}

/** Edits a framework's competencies (admins). Ids must be unique; past ratings keep their ids. */
export async function editFramework(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdateFrameworkRequest,
): Promise<CompetencyFramework> {
  const scope = await scopeFor(db, ctx, 'learning:manage');
  const seen = new Set<string>();
  for (const [index, competency] of input.competencies.entries()) {
    if (seen.has(competency.id)) throw validationError(`competencies.${index}.id`, 'Each competency needs a different id');
    seen.add(competency.id);
  }
  return db.transaction(async (tx) => {
    const framework = await updateFramework(tx, id, input);
    if (!framework) throw notFound('Competency framework');
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'competency_framework',
      recordId: id,
      via: scope.via,
      detail: { competencies: input.competencies.length },
    });
    return framework;
  });
}

/** Per link worker in the PCN: due and overdue course counts and the last self-assessment date. */
export async function learningTeam(db: Db, ctx: RequestContext, pcnId: string): Promise<LearningTeam> {
  const scope = await scopeFor(db, ctx, 'learning:oversee');
  assertInScope(scope, pcnId, 'PCN');
  const pcn = await findPcn(db, pcnId);
  if (!pcn) throw notFound('PCN');
  const workers = await peopleOfPcn(db, pcnId, 'link_worker');
  const ids = workers.map((w) => w.userId);
  const due = await dueFor(db, ids, todayIso());
  const assessed = await lastSelfAssessmentDates(db, ids);
  await recordAudit(db, ctx, { action: 'read', recordType: 'learning_team', recordId: pcnId, via: scope.via });
  return {
    pcnId,
    pcnName: pcn.name,
    workers: workers.map((w) => toLearningTeamMember(w, due.get(w.userId) ?? [], assessed.get(w.userId) ?? null)),
  };
}
