import type { CompetencyFramework, SelfAssessment, TrainingCompletion, TrainingCourse } from '@kith/shared';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { competencyFrameworks, competencySelfAssessments, trainingCompletions, trainingCourses } from '../../db/schema/index.ts';

export async function listCourses(db: DbOrTx): Promise<TrainingCourse[]> {
  return db.select().from(trainingCourses).orderBy(desc(trainingCourses.required), asc(trainingCourses.title));
}

export async function findCourse(db: DbOrTx, id: string): Promise<TrainingCourse | undefined> {
  const [row] = await db.select().from(trainingCourses).where(eq(trainingCourses.id, id)).limit(1);
  return row;
}

export async function insertCourse(db: DbOrTx, values: typeof trainingCourses.$inferInsert): Promise<TrainingCourse> {
  const [row] = await db.insert(trainingCourses).values(values).returning();
  if (!row) throw new Error('insert returned no course');
  return row;
}

export async function updateCourse(
  db: DbOrTx,
  id: string,
  values: Partial<typeof trainingCourses.$inferInsert>,
): Promise<TrainingCourse | undefined> {
  const [row] = await db.update(trainingCourses).set(values).where(eq(trainingCourses.id, id)).returning();
  return row;
}

export async function insertCompletion(db: DbOrTx, values: typeof trainingCompletions.$inferInsert): Promise<string> {
  const [row] = await db.insert(trainingCompletions).values(values).returning({ id: trainingCompletions.id });
  if (!row) throw new Error('insert returned no completion');
  return row.id;
}

/** A user's completions, newest first, with course titles. */
export async function listCompletions(db: DbOrTx, userId: string): Promise<TrainingCompletion[]> {
  return db
    .select({
      id: trainingCompletions.id,
      courseId: trainingCompletions.courseId,
      courseTitle: trainingCourses.title,
      completedOn: trainingCompletions.completedOn,
      evidence: trainingCompletions.evidence,
    })
    .from(trainingCompletions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingCompletions.courseId))
    .where(eq(trainingCompletions.userId, userId))
    .orderBy(desc(trainingCompletions.completedOn), desc(trainingCompletions.createdAt));
}

/** The latest completion date per user and course, for the due rule. */
export async function latestCompletions(
  db: DbOrTx,
  userIds: string[],
): Promise<{ userId: string; courseId: string; lastOn: string }[]> {
  if (userIds.length === 0) return [];
  return db
    .select({
      userId: trainingCompletions.userId,
      courseId: trainingCompletions.courseId,
      lastOn: sql<string>`max(${trainingCompletions.completedOn})::text`,
    })
    .from(trainingCompletions)
    .where(inArray(trainingCompletions.userId, userIds))
    .groupBy(trainingCompletions.userId, trainingCompletions.courseId);
}

export async function listActiveFrameworks(db: DbOrTx): Promise<CompetencyFramework[]> {
  return db
    .select()
    .from(competencyFrameworks)
    .where(eq(competencyFrameworks.active, true))
    .orderBy(asc(competencyFrameworks.name));
}

export async function findFramework(db: DbOrTx, id: string): Promise<CompetencyFramework | undefined> {
  const [row] = await db.select().from(competencyFrameworks).where(eq(competencyFrameworks.id, id)).limit(1);
  return row;
}

export async function updateFramework(
  db: DbOrTx,
  id: string,
  values: Pick<CompetencyFramework, 'name' | 'description' | 'competencies' | 'active'>,
): Promise<CompetencyFramework | undefined> {
  const [row] = await db.update(competencyFrameworks).set(values).where(eq(competencyFrameworks.id, id)).returning();
  return row;
}

export async function insertSelfAssessment(db: DbOrTx, values: typeof competencySelfAssessments.$inferInsert): Promise<string> {
  const [row] = await db.insert(competencySelfAssessments).values(values).returning({ id: competencySelfAssessments.id });
  if (!row) throw new Error('insert returned no self-assessment');
  return row.id;
}

export async function latestSelfAssessment(db: DbOrTx, userId: string): Promise<SelfAssessment | null> {
  const [row] = await db
    .select({
      id: competencySelfAssessments.id,
      frameworkId: competencySelfAssessments.frameworkId,
      frameworkName: competencyFrameworks.name,
      assessedOn: competencySelfAssessments.assessedOn,
      ratings: competencySelfAssessments.ratings,
    })
    .from(competencySelfAssessments)
    .innerJoin(competencyFrameworks, eq(competencyFrameworks.id, competencySelfAssessments.frameworkId))
    .where(eq(competencySelfAssessments.userId, userId))
    .orderBy(desc(competencySelfAssessments.assessedOn), desc(competencySelfAssessments.createdAt))
    .limit(1);
  return row ?? null;
}

/** Each user's latest self-assessment date. */
export async function lastSelfAssessmentDates(db: DbOrTx, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: competencySelfAssessments.userId, lastOn: sql<string>`max(${competencySelfAssessments.assessedOn})::text` })
    .from(competencySelfAssessments)
    .where(and(inArray(competencySelfAssessments.userId, userIds)))
    .groupBy(competencySelfAssessments.userId);
  return new Map(rows.map((r) => [r.userId, r.lastOn]));
}
