import {
  IdParams,
  MessageTemplate,
  MessageTemplateList,
  PageQuery,
  PersonMessage,
  PersonMessageQuery,
  PersonMessagesResponse,
  SendPersonMessageRequest,
  UpdateMessageTemplateRequest,
  WaitingPersonMessagePage,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import {
  editMessageTemplate,
  getMessageTemplates,
  getPersonMessages,
  getWaitingMessages,
  retryPersonMessage,
  sendPersonMessage,
} from './person-message-service.ts';

/** SMS and email to the person through GOV.UK Notify, the waiting messages, and the templates' wording. */
export async function personMessageRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['person messages'];

  app.post(
    '/api/people/:id/messages',
    {
      schema: {
        tags,
        summary:
          'Send the person a message in their preferred channel (needs their consent); queued, then sent through GOV.UK Notify',
        params: IdParams,
        body: SendPersonMessageRequest,
        response: { 201: PersonMessage },
      },
    },
    async (request, reply) => reply.status(201).send(await sendPersonMessage(db, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/api/people/:id/messages',
    {
      schema: {
        tags,
        summary: "The person's messages with their delivery status, newest first, and how they may be contacted",
        params: IdParams,
        querystring: PageQuery,
        response: { 200: PersonMessagesResponse },
      },
    },
    async (request) => getPersonMessages(db, request.ctx, request.params.id, request.query),
  );

  app.get(
    '/api/person-messages',
    {
      schema: {
        tags,
        summary: 'Messages to people in my PCNs still waiting to be sent, or failed, oldest first',
        querystring: PersonMessageQuery,
        response: { 200: WaitingPersonMessagePage },
      },
    },
    async (request) => getWaitingMessages(db, request.ctx, request.query),
  );

  app.post(
    '/api/person-messages/:id/retry',
    {
      schema: { tags, summary: 'Send a failed message again', params: IdParams, response: { 200: PersonMessage } },
    },
    async (request) => retryPersonMessage(db, request.ctx, request.params.id),
  );

  app.get(
    '/api/message-templates',
    { schema: { tags, summary: 'The wording of messages to people (admins)', response: { 200: MessageTemplateList } } },
    async (request) => getMessageTemplates(db, request.ctx),
  );

  app.put(
    '/api/message-templates/:id',
    {
      schema: {
        tags,
        summary: "Change a template's wording; only its allowed ((placeholders))",
        params: IdParams,
        body: UpdateMessageTemplateRequest,
        response: { 200: MessageTemplate },
      },
    },
    async (request) => editMessageTemplate(db, request.ctx, request.params.id, request.body),
  );
}
