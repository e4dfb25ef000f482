import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IsoDate } from '../../../shared/schemas/common.js';
import {
  SourceDocument,
  SourceDocumentInput,
  SourceDocumentList,
  SourceDocumentListQuery,
  SourceDocumentPromised,
  SourceDocumentUpdate,
} from '../../../shared/schemas/source-documents.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { attachmentRoutes } from '../attachments/attachments.routes.js';
import { findReadableSourceDocument, findWritableSourceDocument, sourceDocumentsService } from './source-documents.service.js';

const tags = ['source-documents'];
const params = z.object({ sourceDocumentId: z.uuid() });

export const sourceDocumentsRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = sourceDocumentsService(db);

  app.get(
    '/source-documents',
    {
      schema: {
        tags,
        summary: 'Conference conclusions, directives, resolutions and notices of conclusions that give tasks, newest first; q ignores accents',
        querystring: SourceDocumentListQuery,
        response: { 200: SourceDocumentList, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get(
    '/source-documents/:sourceDocumentId',
    { schema: { tags, summary: 'One source document with its text', params, response: { 200: SourceDocument, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => service.get(actorOf(req), req.params.sourceDocumentId),
  );

  app.post(
    '/source-documents',
    { schema: { tags, summary: 'Record a source document (HQ)', body: SourceDocumentInput, response: { 201: SourceDocument, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => reply.code(201).send(await service.create(actorOf(req), req.body)),
  );

  app.patch(
    '/source-documents/:sourceDocumentId',
    {
      schema: {
        tags,
        summary: 'Correct a source document (HQ); send the version you read (409 when stale)',
        params,
        body: SourceDocumentUpdate,
        response: { 200: SourceDocument, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => service.update(actorOf(req), req.params.sourceDocumentId, req.body),
  );

  app.get(
    '/source-documents/:sourceDocumentId/promised-vs-delivered',
    {
      schema: {
        tags,
        summary: "A source document's commitments (promised) with their tasks and statuses (delivered)",
        params,
        querystring: z.object({ asOf: IsoDate.optional() }),
        response: { 200: SourceDocumentPromised, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => service.promised(actorOf(req), req.params.sourceDocumentId, req.query.asOf),
  );

  await app.register(
    attachmentRoutes(db, {
      resource: '/source-documents',
      param: 'sourceDocumentId',
      tags,
      owner: { entity: 'source_document', assertReadable: findReadableSourceDocument, assertWritable: findWritableSourceDocument },
    }),
  );
};
