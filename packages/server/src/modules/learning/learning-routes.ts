import {
  CompetencyFramework,
  CompetencyFrameworkList,
  IdParams,
  LearningTeam,
  LearningTeamQuery,
  MyLearning,
  RecordCompletionRequest,
  SelfAssessment,
  SelfAssessmentRequest,
  TrainingCourse,
  TrainingCourseInput,
  TrainingCourseList,
  UpdateFrameworkRequest,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import {
  activeFrameworks,
  courseCatalogue,
  createCourse,
  editCourse,
  editFramework,
  learningTeam,
  myLearning,
  recordCompletion,
  submitSelfAssessment,
} from './learning-service.ts';

/** The training catalogue, completions and what is due, and competency self-assessment. */
export async function learningRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['learning'];

  app.get(
    '/api/learning/courses',
    { schema: { tags, summary: 'The training catalogue', response: { 200: TrainingCourseList } } },
    async (request) => ({ items: await courseCatalogue(db, request.ctx) }),
  );

  app.post(
    '/api/learning/courses',
    {
      schema: { tags, summary: 'Add a course (admins)', body: TrainingCourseInput, response: { 201: TrainingCourse } },
    },
    async (request, reply) => reply.status(201).send(await createCourse(db, request.ctx, request.body)),
  );

  app.put(
    '/api/learning/courses/:id',
    {
      schema: {
        tags,
        summary: 'Edit a course, including whether it is required and when it renews (admins)',
        params: IdParams,
        body: TrainingCourseInput,
        response: { 200: TrainingCourse },
      },
    },
    async (request) => editCourse(db, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/learning/me',
    {
      schema: {
        tags,
        summary: 'My completions, what is due, and my latest self-assessment',
        response: { 200: MyLearning },
      },
    },
    async (request) => myLearning(db, request.ctx),
  );

  app.post(
    '/api/learning/completions',
    {
      schema: {
        tags,
        summary: 'Record that I completed a course, with evidence',
        body: RecordCompletionRequest,
        response: { 201: MyLearning },
      },
    },
    async (request, reply) => reply.status(201).send(await recordCompletion(db, request.ctx, request.body)),
  );

  app.get(
    '/api/learning/frameworks',
    { schema: { tags, summary: 'The active competency frameworks', response: { 200: CompetencyFrameworkList } } },
    async (request) => ({ items: await activeFrameworks(db, request.ctx) }),
  );

  app.put(
    '/api/learning/frameworks/:id',
    {
      schema: {
        tags,
        summary: "Edit a framework's competencies (admins)",
        params: IdParams,
        body: UpdateFrameworkRequest,
        response: { 200: CompetencyFramework },
      },
    },
    async (request) => editFramework(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/learning/self-assessments',
    {
      schema: {
        tags,
        summary: 'Save my self-assessment: a rating 1–4 for every competency of the framework',
        body: SelfAssessmentRequest,
        response: { 201: SelfAssessment },
      },
    },
    async (request, reply) => reply.status(201).send(await submitSelfAssessment(db, request.ctx, request.body)),
  );

  app.get(
    '/api/learning/team',
    {
      schema: {
        tags,
        summary: "The PCN's link workers: courses due and overdue, last self-assessment",
        querystring: LearningTeamQuery,
        response: { 200: LearningTeam },
      },
    },
    async (request) => learningTeam(db, request.ctx, request.query.pcnId),
  );
}
