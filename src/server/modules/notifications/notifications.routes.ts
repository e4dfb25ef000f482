import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IsoDate } from '../../../shared/schemas/common.js';
import {
  Inbox,
  Notification,
  NotificationList,
  NotificationListQuery,
  NotificationPreferences,
  NotificationPreferencesUpdate,
  OutboxList,
  OutboxListQuery,
  ReadAllResult,
} from '../../../shared/schemas/notifications.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { notificationsService } from './notifications.service.js';

const tags = ['notifications'];

export const notificationsRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = notificationsService(db);

  app.get(
    '/notifications',
    { schema: { tags, summary: 'My notifications, newest first, with the unread count', querystring: NotificationListQuery, response: { 200: NotificationList, ...errorResponses(400, 401) } } },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.post(
    '/notifications/:notificationId/read',
    { schema: { tags, summary: 'Mark one of my notifications read', params: z.object({ notificationId: z.uuid() }), response: { 200: Notification, ...errorResponses(400, 401, 404) } } },
    async (req) => service.markRead(actorOf(req), req.params.notificationId),
  );

  app.post(
    '/notifications/read-all',
    { schema: { tags, summary: 'Mark all my notifications read', response: { 200: ReadAllResult, ...errorResponses(401) } } },
    async (req) => service.markAllRead(actorOf(req)),
  );

  app.get(
    '/inbox',
    {
      schema: {
        tags,
        summary: "What needs my action: my unit's overdue and soon-due tasks, due-date changes to decide, unread notifications",
        querystring: z.object({ asOf: IsoDate.optional() }),
        response: { 200: Inbox, ...errorResponses(400, 401) },
      },
    },
    async (req) => service.inbox(actorOf(req), req.query.asOf),
  );

  app.get(
    '/me/notification-preferences',
    {
      schema: {
        tags,
        summary: 'Where each kind of notice reaches me: in the app, and by e-mail at once, in a daily or weekly digest, or not',
        response: { 200: NotificationPreferences, ...errorResponses(401) },
      },
    },
    async (req) => service.preferences(actorOf(req)),
  );

  app.put(
    '/me/notification-preferences',
    {
      schema: {
        tags,
        summary: 'Change where some kinds of notice reach me (kinds left out keep their setting)',
        body: NotificationPreferencesUpdate,
        response: { 200: NotificationPreferences, ...errorResponses(400, 401) },
      },
    },
    async (req) => service.updatePreferences(actorOf(req), req.body),
  );

  app.get(
    '/outbox',
    { schema: { tags, summary: 'E-mails kept for delivery, sent or not (system admin)', querystring: OutboxListQuery, response: { 200: OutboxList, ...errorResponses(400, 401, 403) } } },
    async (req) => service.outbox(actorOf(req), req.query),
  );
};
