import {
  CreatePracticeMailboxRequest,
  PracticeMailbox,
  PracticeMailboxPage,
  PracticeMailboxParams,
  PracticeMailboxQuery,
  UpdatePracticeMailboxRequest,
} from '@kith/shared';
import type { KithApp } from '../../../http/kith-app.ts';
import {
  addPracticeMailbox,
  editPracticeMailbox,
  getPracticeMailbox,
  getPracticeMailboxes,
  removePracticeMailbox,
} from './practice-mailbox-service.ts';

/** The practice mailbox directory (admins, `gp-record:manage`): list with search, add, edit, remove. */
export async function registerPracticeMailboxRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['gp record'];

  app.get(
    '/api/practice-mailboxes',
    {
      schema: {
        tags,
        summary: "Practices' MESH mailboxes by ODS code; q matches the ODS code, the mailbox id or the practice's name",
        querystring: PracticeMailboxQuery,
        response: { 200: PracticeMailboxPage },
      },
    },
    async (request) => getPracticeMailboxes(db, request.ctx, request.query),
  );

  app.post(
    '/api/practice-mailboxes',
    {
      schema: {
        tags,
        summary: "Add a practice's MESH mailbox; 409 when the ODS code already has one",
        body: CreatePracticeMailboxRequest,
        response: { 201: PracticeMailbox },
      },
    },
    async (request, reply) => reply.status(201).send(await addPracticeMailbox(db, request.ctx, request.body)),
  );

  app.get(
    '/api/practice-mailboxes/:odsCode',
    {
      schema: {
        tags,
        summary: "One practice's MESH mailbox; 404 when the ODS code has none",
        params: PracticeMailboxParams,
        response: { 200: PracticeMailbox },
      },
    },
    async (request) => getPracticeMailbox(db, request.ctx, request.params.odsCode),
  );

  app.patch(
    '/api/practice-mailboxes/:odsCode',
    {
      schema: {
        tags,
        summary: "Change a practice's mailbox id, note, or whether it is used",
        params: PracticeMailboxParams,
        body: UpdatePracticeMailboxRequest,
        response: { 200: PracticeMailbox },
      },
    },
    async (request) => editPracticeMailbox(db, request.ctx, request.params.odsCode, request.body),
  );

  app.delete(
    '/api/practice-mailboxes/:odsCode',
    {
      schema: {
        tags,
        summary: "Remove a practice's mailbox (204): new documents for it wait as no_mailbox",
        params: PracticeMailboxParams,
      },
    },
    async (request, reply) => {
      await removePracticeMailbox(db, request.ctx, request.params.odsCode);
      return reply.status(204).send();
    },
  );
}
