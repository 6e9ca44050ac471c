import {
  CompleteGeneratedTaskRequest,
  CreateTaskRequest,
  IdParams,
  SnoozeGeneratedTaskRequest,
  SnoozeTaskRequest,
  TaskItem,
  TaskList,
  TaskListQuery,
  TaskVersionRequest,
  UpdateTaskRequest,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { taskDuePolicyFrom } from './task-due-rules.ts';
import {
  completeGeneratedTask,
  completeTask,
  createTask,
  deleteTask,
  listMyTasks,
  reopenTask,
  snoozeGeneratedTask,
  snoozeTask,
  updateTask,
} from './task-service.ts';

/** "My tasks": the caller's generated and manual tasks (`tasks:work`). */
export async function taskRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const policy = taskDuePolicyFrom(app.kith.config);
  const tags = ['tasks'];

  app.get(
    '/api/tasks',
    {
      schema: {
        tags,
        summary: 'My tasks: open (by due date) or done, a page at a time, with the open counts',
        querystring: TaskListQuery,
        response: { 200: TaskList },
      },
    },
    async (request) => listMyTasks(db, request.ctx, request.query, { policy }),
  );

  app.post(
    '/api/tasks',
    {
      schema: {
        tags,
        summary: 'Add a manual task for me or a colleague in my PCN',
        body: CreateTaskRequest,
        response: { 201: TaskItem },
      },
    },
    async (request, reply) => reply.status(201).send(await createTask(db, request.ctx, request.body)),
  );

  app.post(
    '/api/tasks/generated/complete',
    {
      schema: {
        tags,
        summary: 'Mark one of my generated tasks done, by its key',
        body: CompleteGeneratedTaskRequest,
        response: { 200: TaskItem },
      },
    },
    async (request) => completeGeneratedTask(db, request.ctx, request.body, { policy }),
  );

  app.post(
    '/api/tasks/generated/snooze',
    {
      schema: {
        tags,
        summary: 'Snooze one of my generated tasks until a later day, by its key',
        body: SnoozeGeneratedTaskRequest,
        response: { 200: TaskItem },
      },
    },
    async (request) => snoozeGeneratedTask(db, request.ctx, request.body, { policy }),
  );

  app.patch(
    '/api/tasks/:id',
    {
      schema: {
        tags,
        summary: "Change a manual task's title or due date; 409 if it changed since `version`",
        params: IdParams,
        body: UpdateTaskRequest,
        response: { 200: TaskItem },
      },
    },
    async (request) => updateTask(db, request.ctx, request.params.id, request.body),
  );

  app.delete(
    '/api/tasks/:id',
    { schema: { tags, summary: 'Delete a manual task I created (204)', params: IdParams } },
    async (request, reply) => {
      await deleteTask(db, request.ctx, request.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/tasks/:id/complete',
    {
      schema: {
        tags,
        summary: 'Mark a stored task done; 409 if it changed since `version`',
        params: IdParams,
        body: TaskVersionRequest,
        response: { 200: TaskItem },
      },
    },
    async (request) => completeTask(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/tasks/:id/reopen',
    {
      schema: {
        tags,
        summary: 'Put a done task back on the list; 409 if it changed since `version`',
        params: IdParams,
        body: TaskVersionRequest,
        response: { 200: TaskItem },
      },
    },
    async (request) => reopenTask(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/tasks/:id/snooze',
    {
      schema: {
        tags,
        summary: 'Hide an open task until a later day; 409 if it changed since `version`',
        params: IdParams,
        body: SnoozeTaskRequest,
        response: { 200: TaskItem },
      },
    },
    async (request) => snoozeTask(db, request.ctx, request.params.id, request.body),
  );
}
