import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DueDateChange,
  DueDateChangeInput,
  DueDateChangeList,
  DueDateDecisionInput,
  Task,
  TaskInput,
  TaskList,
  TaskListQuery,
  TaskStatusChange,
  TaskTimeline,
  TaskUpdate,
} from '../../../shared/schemas/tasks.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { attachmentRoutes } from '../attachments/attachments.routes.js';
import { taskEvidence, tasksService } from './tasks.service.js';

const tags = ['tasks'];
const params = z.object({ taskId: z.uuid() });

export const tasksRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = tasksService(db);

  app.get(
    '/tasks',
    {
      schema: {
        tags,
        summary: 'Tasks the actor reaches (responsible or assigning unit), by due date; filter by commitment, parent, unit, status, overdue, due period',
        querystring: TaskListQuery,
        response: { 200: TaskList, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.post(
    '/tasks',
    {
      schema: {
        tags,
        summary: 'Create a task with the seven clears (each missing clear is named); HQ assigns to any unit, a unit editor to their own',
        body: TaskInput,
        response: { 201: Task, ...errorResponses(400, 401, 403, 422) },
      },
    },
    async (req, reply) => reply.code(201).send(await service.create(actorOf(req), req.body)),
  );

  app.get('/tasks/:taskId', { schema: { tags, summary: 'One task', params, response: { 200: Task, ...errorResponses(401, 403, 404) } } }, async (req) =>
    service.get(actorOf(req), req.params.taskId),
  );

  app.patch(
    '/tasks/:taskId',
    {
      schema: {
        tags,
        summary: 'Edit a task (assigning unit or HQ); a new dueDate is refused (422): request a due-date change; send the version you read (409 when stale)',
        params,
        body: TaskUpdate,
        response: { 200: Task, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req) => service.update(actorOf(req), req.params.taskId, req.body),
  );

  app.post(
    '/tasks/:taskId/status',
    {
      schema: {
        tags,
        summary: 'Report a status with a rationale (responsible unit or HQ); completing needs evidence (link or uploaded document); send the version you read',
        params,
        body: TaskStatusChange,
        response: { 200: Task, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req) => service.changeStatus(actorOf(req), req.params.taskId, req.body),
  );

  app.get(
    '/tasks/:taskId/timeline',
    { schema: { tags, summary: 'Status history with rationale and evidence, oldest first; nobody can edit it', params, response: { 200: TaskTimeline, ...errorResponses(401, 403, 404) } } },
    async (req) => service.timeline(actorOf(req), req.params.taskId),
  );

  app.get(
    '/tasks/:taskId/due-date-changes',
    { schema: { tags, summary: 'Requests to move the due date, newest first, with their decisions', params, response: { 200: DueDateChangeList, ...errorResponses(401, 403, 404) } } },
    async (req) => service.dueDateChanges(actorOf(req), req.params.taskId),
  );

  app.post(
    '/tasks/:taskId/due-date-changes',
    {
      schema: {
        tags,
        summary: 'Ask the assigning unit to move the due date, with a reason (responsible unit or HQ)',
        params,
        body: DueDateChangeInput,
        response: { 201: DueDateChange, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (req, reply) => reply.code(201).send(await service.requestDueDateChange(actorOf(req), req.params.taskId, req.body)),
  );

  app.post(
    '/tasks/:taskId/due-date-changes/:changeId/decision',
    {
      schema: {
        tags,
        summary: 'Approve or reject a due-date change (assigning unit or HQ); approval moves the date, keeps the original and counts a slip',
        params: params.extend({ changeId: z.uuid() }),
        body: DueDateDecisionInput,
        response: { 200: DueDateChange, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req) => service.decideDueDateChange(actorOf(req), req.params.taskId, req.params.changeId, req.body),
  );

  // Evidence documents: uploaded here, then cited by id in a status report.
  await app.register(attachmentRoutes(db, { resource: '/tasks', param: 'taskId', tags, owner: taskEvidence }));
};
