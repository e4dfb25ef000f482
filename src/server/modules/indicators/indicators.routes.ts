import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DeleteQuery } from '../../../shared/schemas/activities.js';
import { IsoDate } from '../../../shared/schemas/common.js';
import { ImportLanguage, ImportRejected, ImportTooLarge } from '../../../shared/schemas/imports.js';
import {
  IndicatorCatalogue,
  IndicatorDefinition,
  IndicatorRecords,
  IndicatorRecordsQuery,
  IndicatorValues,
  IndicatorValuesQuery,
  ReportedImportResult,
  ReportedValue,
  ReportedValueInput,
  ReportedValueList,
  ReportedValueListQuery,
  ReportedValueUpdate,
  Scorecard,
  ScorecardQuery,
  Target,
  UnitRanking,
  UnitRankingQuery,
  TargetInput,
  TargetList,
  TargetListQuery,
  TargetUpdate,
} from '../../../shared/schemas/indicators.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { fileResponse } from '../../http/openapi.js';
import { readUploadedFile } from '../../http/upload.js';
import { indicatorsService } from './indicators.service.js';
import { targetsService, type ImportLimits } from './targets.service.js';

const tags = ['indicators'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const code = z.object({ code: z.string().min(1).max(60) });
const id = z.object({ id: z.uuid() });


export const indicatorsRoutes = (db: Db, limits: ImportLimits): FastifyPluginAsyncZod => async (app) => {
  const service = indicatorsService(db);
  const targets = targetsService(db, { limits });
  await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 5 } });

  app.get('/indicators', { schema: { tags, summary: 'The indicator catalogue: definitions (vi/en), unit, aggregations, direction, source', response: { 200: IndicatorCatalogue, ...errorResponses(401, 403) } } }, async (req) =>
    service.catalogue(actorOf(req)),
  );
  app.get('/indicators/:code', { schema: { tags, summary: 'One indicator\'s definition', params: code, response: { 200: IndicatorDefinition, ...errorResponses(401, 403, 404) } } }, async (req) =>
    service.definition(actorOf(req), req.params.code),
  );
  app.get(
    '/indicators/:code/values',
    {
      schema: {
        tags,
        summary: 'An indicator\'s value over [from, to), optionally by group, with the same period of the previous year and the whole previous year; every value carries the filter listing its records',
        params: code,
        querystring: IndicatorValuesQuery,
        response: { 200: IndicatorValues, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => service.values(actorOf(req), req.params.code, req.query),
  );
  app.get(
    '/indicators/:code/records',
    {
      schema: {
        tags,
        summary: 'The records behind one value: pass the value\'s filter as the query (for a ratio, part=numerator or denominator)',
        params: code,
        querystring: IndicatorRecordsQuery,
        response: { 200: IndicatorRecords, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => service.records(actorOf(req), req.params.code, req.query),
  );

  app.get(
    '/org-units/:orgUnitId/ranking',
    {
      schema: {
        tags,
        summary: 'A mission\'s or province\'s rank among the units of its type for a year or half-year (activities, agreements signed, confirmed export contracts), with its own value, the peers\' median and the filter listing its records',
        params: z.object({ orgUnitId: z.uuid() }),
        querystring: UnitRankingQuery,
        response: { 200: UnitRanking, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => service.ranking(actorOf(req), req.params.orgUnitId, req.query),
  );

  app.get('/targets', { schema: { tags, summary: 'Targets with actual, progress, projection and status (the rule is in targetStatus)', querystring: TargetListQuery, response: { 200: TargetList, ...errorResponses(400, 401, 403) } } }, async (req) =>
    targets.list(actorOf(req), req.query),
  );
  app.get('/targets/scorecard', { schema: { tags, summary: 'National targets of a year or half-year by status: "15/15 met or exceeded"', querystring: ScorecardQuery, response: { 200: Scorecard, ...errorResponses(400, 401, 403) } } }, async (req) =>
    targets.scorecard(actorOf(req), req.query),
  );
  app.get('/targets/:id', { schema: { tags, summary: 'One target', params: id, querystring: z.object({ asOf: IsoDate.optional() }), response: { 200: Target, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    targets.get(actorOf(req), req.params.id, req.query.asOf),
  );
  app.post('/targets', { schema: { tags, summary: 'Set a target (HQ): a value or a range, national or a unit\'s', body: TargetInput, response: { 201: Target, ...errorResponses(400, 401, 403, 409) } } }, async (req, reply) =>
    reply.code(201).send(await targets.create(actorOf(req), req.body)),
  );
  app.patch('/targets/:id', { schema: { tags, summary: 'Change a target (HQ); send the version you read', params: id, body: TargetUpdate, response: { 200: Target, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    targets.update(actorOf(req), req.params.id, req.body),
  );
  app.delete('/targets/:id', { schema: { tags, summary: 'Delete a target (HQ)', params: id, querystring: DeleteQuery, response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) } } }, async (req, reply) => {
    await targets.remove(actorOf(req), req.params.id, req.query.version);
    return reply.code(204).send(null);
  });

  app.get('/reported-values', { schema: { tags, summary: 'Macro figures entered by HQ, with source, publication date and revisions', querystring: ReportedValueListQuery, response: { 200: ReportedValueList, ...errorResponses(400, 401, 403) } } }, async (req) =>
    targets.listValues(actorOf(req), req.query),
  );
  app.get(
    '/reported-values/template.xlsx',
    { schema: { tags, summary: 'The Excel template for reported figures (HQ), in the language asked for', querystring: z.object({ language: ImportLanguage }), response: { 200: fileResponse(XLSX, 'The Excel template'), ...errorResponses(401, 403) } } },
    async (req, reply) =>
      reply.header('content-type', XLSX).header('content-disposition', 'attachment; filename="econdip-reported-values.xlsx"').send(await targets.valuesTemplate(actorOf(req), req.query.language)),
  );
  app.post(
    '/reported-values/import',
    {
      schema: {
        tags,
        summary: 'Import reported figures from the template (multipart field "file"): a figure of the same indicator and period is revised, its old value kept; any invalid row imports nothing',
        consumes: ['multipart/form-data'],
        querystring: z.object({ language: ImportLanguage }),
        response: { 200: ReportedImportResult, 413: ImportTooLarge, 422: ImportRejected, ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const outcome = await targets.importValues(actorOf(req), (await readUploadedFile(req)).data, req.query.language);
      if (outcome.ok) return outcome.result;
      return reply.code(422).send({
        error: { code: 'rule_violated' as const, message: `${new Set(outcome.errors.map((e) => e.row)).size} row(s) have errors; nothing was imported`, fields: Object.fromEntries(outcome.errors.map((e) => [`rows.${e.row}.${e.field}`, e.message])) },
        rows: outcome.errors,
      });
    },
  );
  app.get('/reported-values/:id', { schema: { tags, summary: 'One reported figure with its revisions', params: id, response: { 200: ReportedValue, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    targets.getValue(actorOf(req), req.params.id),
  );
  app.post('/reported-values', { schema: { tags, summary: 'Enter a macro figure (HQ) with its source and publication date', body: ReportedValueInput, response: { 201: ReportedValue, ...errorResponses(400, 401, 403, 409) } } }, async (req, reply) =>
    reply.code(201).send(await targets.createValue(actorOf(req), req.body)),
  );
  app.patch('/reported-values/:id', { schema: { tags, summary: 'Revise a figure (HQ); the previous value is kept in its revisions', params: id, body: ReportedValueUpdate, response: { 200: ReportedValue, ...errorResponses(400, 401, 403, 404, 409) } } }, async (req) =>
    targets.reviseValue(actorOf(req), req.params.id, req.body),
  );
  app.delete('/reported-values/:id', { schema: { tags, summary: 'Delete a figure (HQ)', params: id, querystring: DeleteQuery, response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) } } }, async (req, reply) => {
    await targets.removeValue(actorOf(req), req.params.id, req.query.version);
    return reply.code(204).send(null);
  });
};
