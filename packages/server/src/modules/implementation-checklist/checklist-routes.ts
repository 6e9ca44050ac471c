import {
  AddChecklistItemRequest,
  ChecklistItem,
  ChecklistQuery,
  IdParams,
  ImplementationChecklist,
  UpdateChecklistItemRequest,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { addChecklistItem, deleteChecklistItem, getChecklist, updateChecklistItem } from './checklist-service.ts';

/**
 * A PCN's implementation checklist: read by PCN managers and supervisors, changed by PCN
 * managers. Items from Kith's default list cannot be deleted, only marked not applicable.
 */
export async function checklistRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['implementation-checklist'];

  app.get(
    '/api/implementation-checklist',
    {
      schema: {
        tags,
        summary: "A PCN's checklist with progress (seeded with the default list on first read)",
        querystring: ChecklistQuery,
        response: { 200: ImplementationChecklist },
      },
    },
    async (request) => getChecklist(db, request.ctx, request.query.pcnId),
  );

  app.post(
    '/api/implementation-checklist/items',
    {
      schema: {
        tags,
        summary: "Add the PCN's own item to its checklist",
        body: AddChecklistItemRequest,
        response: { 201: ChecklistItem },
      },
    },
    async (request, reply) => reply.status(201).send(await addChecklistItem(db, request.ctx, request.body)),
  );

  app.put(
    '/api/implementation-checklist/items/:id',
    {
      schema: {
        tags,
        summary: "Change an item's title, owner, due date, status and notes",
        params: IdParams,
        body: UpdateChecklistItemRequest,
        response: { 200: ChecklistItem },
      },
    },
    async (request) => updateChecklistItem(db, request.ctx, request.params.id, request.body),
  );

  app.delete(
    '/api/implementation-checklist/items/:id',
    {
      schema: {
        tags,
        summary: "Delete one of the PCN's own items (default items can only be marked not applicable)",
        params: IdParams,
      },
    },
    async (request, reply) => {
      await deleteChecklistItem(db, request.ctx, request.params.id);
      return reply.status(204).send();
    },
  );
}
