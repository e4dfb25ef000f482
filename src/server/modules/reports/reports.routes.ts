import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Report, ReportChanges, ReportInput, ReportList, ReportListQuery, ReportNarrativeUpdate, ReportRegenerate, ReportReturn, ReportSummary, ReportTransition } from '../../../shared/schemas/reports.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses, fileResponse } from '../../http/openapi.js';
import { REPORT_FILE_FORMATS, REPORT_MEDIA_TYPES, reportsService } from './reports.service.js';

const tags = ['reports'];
const params = z.object({ reportId: z.uuid() });

export const reportsRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = reportsService(db);

  app.get('/reports', { schema: { tags, summary: 'Generated reports, newest first, with status and progress: HQ and leaders see every one, a unit its own unit reports', querystring: ReportListQuery, response: { 200: ReportList, ...errorResponses(400, 401, 403) } } }, async (req) =>
    service.list(actorOf(req), req.query),
  );
  app.post(
    '/reports',
    {
      schema: {
        tags,
        summary: "Generate a report: national summary, country brief and commitments report by HQ, a unit report by HQ or the unit's editors (another unit's answers like a missing one); answers at once with status generating, and a background job computes every figure from the indicators and reports its progress",
        body: ReportInput,
        response: { 201: ReportSummary, ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => reply.code(201).send(await service.create(actorOf(req), req.body)),
  );
  app.get('/reports/:reportId', { schema: { tags, summary: 'One report: status, progress, sections with narrative, and the snapshot of its figures with their records filters; a unit reads only its own unit reports', params, response: { 200: Report, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    service.get(actorOf(req), req.params.reportId),
  );
  app.patch(
    '/reports/:reportId',
    { schema: { tags, summary: "Edit the narrative of the report's sections while it is a draft (HQ; a unit report's own editors too); send the version you read", params, body: ReportNarrativeUpdate, response: { 200: Report, ...errorResponses(400, 401, 403, 404, 409, 422) } } },
    async (req) => service.updateNarrative(actorOf(req), req.params.reportId, req.body),
  );
  app.post('/reports/:reportId/review', { schema: { tags, summary: 'Mark a draft reviewed (HQ)', params, body: ReportTransition, response: { 200: Report, ...errorResponses(400, 401, 403, 404, 409, 422) } } }, async (req) =>
    service.review(actorOf(req), req.params.reportId, req.body.version),
  );
  app.post('/reports/:reportId/issue', { schema: { tags, summary: 'Issue a reviewed report (HQ); it is read-only from then on', params, body: ReportTransition, response: { 200: Report, ...errorResponses(400, 401, 403, 404, 409, 422) } } }, async (req) =>
    service.issue(actorOf(req), req.params.reportId, req.body.version),
  );
  app.post(
    '/reports/:reportId/return',
    { schema: { tags, summary: 'Return a reviewed report to draft with the reason (HQ); the review is cleared and the reason audited', params, body: ReportReturn, response: { 200: Report, ...errorResponses(400, 401, 403, 404, 409, 422) } } },
    async (req) => service.returnToDraft(actorOf(req), req.params.reportId, req.body),
  );
  app.post(
    '/reports/:reportId/regenerate',
    {
      schema: {
        tags,
        summary: "Compute a draft's figures again from the records (HQ; a unit report's own editors too), keeping its narrative: answers at once with status generating, and the background job reports its progress",
        params,
        body: ReportRegenerate,
        response: { 200: ReportSummary, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req) => service.regenerate(actorOf(req), req.params.reportId, req.body),
  );
  app.get(
    '/reports/:reportId/changes',
    { schema: { tags, summary: 'Changed since issued: the snapshot\'s figures recomputed now under the same parameters, those that differ', params, response: { 200: ReportChanges, ...errorResponses(400, 401, 403, 404, 422) } } },
    async (req) => service.changes(actorOf(req), req.params.reportId),
  );
  app.get(
    '/reports/:reportId/files/:format',
    {
      schema: {
        tags,
        summary:
          "The report as a file in its language: docx, the Word document laid out per Decree 30/2020/NĐ-CP (header block, title, sections with figures and narrative, recipients, signature) with an annex listing every figure, its comparison base, its query parameters and a link to its records; xlsx, the annex as a workbook (every figure as a number with its period, base, unit, records count, query parameters and link, the indicator definitions on a second sheet); pdf, the document converted by LibreOffice on the server (fonts embedded), 503 with code unavailable when LibreOffice is not installed",
        params: params.extend({ format: z.enum(REPORT_FILE_FORMATS) }),
        response: { 200: fileResponse(REPORT_FILE_FORMATS.map((format) => REPORT_MEDIA_TYPES[format]), 'The file'), ...errorResponses(400, 401, 403, 404, 422, 503) },
      },
    },
    async (req, reply) => {
      const { file, mediaType, filename } = await service.file(actorOf(req), req.params.reportId, req.params.format);
      return reply.header('content-type', mediaType).header('content-disposition', `attachment; filename="${filename}"`).send(file);
    },
  );
};
