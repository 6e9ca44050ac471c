import { z } from 'zod';
import { Id, text } from './common.ts';
import { IsoDate } from './person.ts';
import { WebAddress } from './web-address.ts';

/**
 * Learning for link workers: a training catalogue, completions with evidence, what is due
 * (required courses never completed, or whose renewal has come round), and a competency
 * self-assessment against a configurable framework.
 */

/** A course in the catalogue. */
export const TrainingCourse = z.object({
  id: Id,
  code: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  provider: z.string().nullable(),
  url: z.string().nullable(),
  required: z.boolean(),
  renewEveryMonths: z.number().int().nullable(),
  active: z.boolean(),
});
/** One catalogue course. */
export type TrainingCourse = z.infer<typeof TrainingCourse>;

/** Answer of `GET /api/learning/courses`. */
export const TrainingCourseList = z.object({ items: z.array(TrainingCourse) });
/** The catalogue. */
export type TrainingCourseList = z.infer<typeof TrainingCourseList>;

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} must be ${max} characters or fewer` })
    .nullable()
    .optional()
    .transform((value) => (value ? value : null));

/** `POST /api/learning/courses` and `PUT /api/learning/courses/:id` (admins, `learning:manage`). */
export const TrainingCourseInput = z.object({
  title: text(200, 'a title'),
  description: z.string().trim().max(2000, { message: 'Description must be 2000 characters or fewer' }).default(''),
  provider: optionalText(200, 'Provider'),
  /** http or https only (an empty answer means no link). */
  url: z
    .string()
    .trim()
    .nullable()
    .optional()
    .transform((value) => (value ? value : null))
    .pipe(WebAddress.nullable()),
  required: z.boolean({ message: 'Say whether the course is required' }),
  /** Months after a completion until the course is due again; null when it never needs renewing. */
  renewEveryMonths: z
    .number({ message: 'Enter the renewal interval as a whole number of months' })
    .int({ message: 'Enter the renewal interval as a whole number of months' })
    .min(1, { message: 'Renewal must be at least 1 month' })
    .max(120, { message: 'Renewal must be 120 months or fewer' })
    .nullable()
    .default(null),
  active: z.boolean().default(true),
});
/** Body of the course create and update routes. */
export type TrainingCourseInput = z.infer<typeof TrainingCourseInput>;

/** `POST /api/learning/completions`: the caller completed a course; evidence is required. */
export const RecordCompletionRequest = z.object({
  courseId: Id,
  completedOn: IsoDate,
  /** A note of what shows it (certificate number, who delivered it) or a link to a certificate. */
  evidence: text(2000, 'evidence, such as a certificate link or a note of what you did'),
});
/** Body of `POST /api/learning/completions`. */
export type RecordCompletionRequest = z.infer<typeof RecordCompletionRequest>;

/** One completion record. */
export const TrainingCompletion = z.object({
  id: Id,
  courseId: Id,
  courseTitle: z.string(),
  completedOn: z.string(),
  evidence: z.string(),
});
/** One completion. */
export type TrainingCompletion = z.infer<typeof TrainingCompletion>;

/**
 * How a required course stands: `due` (never completed, or its renewal falls within the next
 * month) or `overdue` (its renewal date has passed).
 */
export const LEARNING_DUE_STATUSES = ['due', 'overdue'] as const;
/** One of {@link LEARNING_DUE_STATUSES}. */
export type LearningDueStatus = (typeof LEARNING_DUE_STATUSES)[number];

/** A required course the caller needs to do (again). */
export const DueCourse = z.object({
  courseId: Id,
  title: z.string(),
  status: z.enum(LEARNING_DUE_STATUSES),
  /** When it is or was due; null when never completed (due now). */
  dueOn: z.string().nullable(),
  lastCompletedOn: z.string().nullable(),
});
/** One due course. */
export type DueCourse = z.infer<typeof DueCourse>;

/** One competency of a framework. */
export const Competency = z.object({
  id: z
    .string()
    .trim()
    .min(1, { message: 'Enter an id' })
    .max(60)
    .regex(/^[a-z0-9-]+$/, { message: 'Use lower-case letters, digits and hyphens for the id' }),
  area: text(200, 'the area'),
  statement: text(500, 'the statement'),
});
/** One competency. */
export type Competency = z.infer<typeof Competency>;

/** A competency framework. */
export const CompetencyFramework = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  competencies: z.array(Competency),
  active: z.boolean(),
});
/** One framework. */
export type CompetencyFramework = z.infer<typeof CompetencyFramework>;

/** Answer of `GET /api/learning/frameworks`: the active frameworks. */
export const CompetencyFrameworkList = z.object({ items: z.array(CompetencyFramework) });
/** The active frameworks. */
export type CompetencyFrameworkList = z.infer<typeof CompetencyFrameworkList>;

/** `PUT /api/learning/frameworks/:id` (admins): rename, describe and edit the competencies. */
export const UpdateFrameworkRequest = z.object({
  name: text(200, 'a name'),
  description: z.string().trim().max(2000).default(''),
  competencies: z.array(Competency).min(1, { message: 'Add at least one competency' }).max(100),
  active: z.boolean().default(true),
});
/** Body of `PUT /api/learning/frameworks/:id`. */
export type UpdateFrameworkRequest = z.infer<typeof UpdateFrameworkRequest>;

/** A self-rating: 1 (not yet) to 4 (confident and can support others). */
export const CompetencyRating = z
  .number({ message: 'Choose a rating from 1 to 4' })
  .int({ message: 'Choose a rating from 1 to 4' })
  .min(1, { message: 'Choose a rating from 1 to 4' })
  .max(4, { message: 'Choose a rating from 1 to 4' });
export type CompetencyRating = z.infer<typeof CompetencyRating>;

/** The words for each rating. */
export const COMPETENCY_RATING_LABELS: Record<1 | 2 | 3 | 4, string> = {
  1: '1 – Not yet',
  2: '2 – Developing',
  3: '3 – Competent',
  4: '4 – Confident and can support others',
};

/** `POST /api/learning/self-assessments`: a rating for every competency of the framework. */
export const SelfAssessmentRequest = z.object({
  frameworkId: Id,
  ratings: z.record(z.string(), CompetencyRating),
});
/** Body of `POST /api/learning/self-assessments`. */
export type SelfAssessmentRequest = z.infer<typeof SelfAssessmentRequest>;

/** A saved self-assessment. */
export const SelfAssessment = z.object({
  id: Id,
  frameworkId: Id,
  frameworkName: z.string(),
  assessedOn: z.string(),
  ratings: z.record(z.string(), z.number().int()),
});
/** One self-assessment. */
export type SelfAssessment = z.infer<typeof SelfAssessment>;

/** Answer of `GET /api/learning/me`. */
export const MyLearning = z.object({
  due: z.array(DueCourse),
  completions: z.array(TrainingCompletion),
  latestSelfAssessment: SelfAssessment.nullable(),
});
/** My learning at a glance. */
export type MyLearning = z.infer<typeof MyLearning>;

/** `GET /api/learning/team?pcnId=` query. */
export const LearningTeamQuery = z.object({ pcnId: Id });
/** Query of the team view. */
export type LearningTeamQuery = z.infer<typeof LearningTeamQuery>;

/** One link worker's learning at a glance. */
export const LearningTeamRow = z.object({
  userId: Id,
  name: z.string(),
  dueCount: z.number().int(),
  overdueCount: z.number().int(),
  lastSelfAssessmentOn: z.string().nullable(),
});
/** One team row. */
export type LearningTeamRow = z.infer<typeof LearningTeamRow>;

/** Answer of `GET /api/learning/team`. */
export const LearningTeam = z.object({ pcnId: Id, pcnName: z.string(), workers: z.array(LearningTeamRow) });
/** The team view. */
export type LearningTeam = z.infer<typeof LearningTeam>;
