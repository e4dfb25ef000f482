import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CompletenessBoard,
  CompletenessQuery,
  Period,
  PeriodInput,
  PeriodList,
  PeriodListQuery,
  PeriodUpdate,
  ReminderInput,
  ReminderResult,
  Submission,
  SubmissionDecision,
  SubmissionInput,
  SubmissionList,
  SubmissionListQuery,
  SubmissionReopen,
  SubmissionReturn,
  SubmissionSubmit,
  SubmissionUpdate,
} from '../../../shared/schemas/periods.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { periodsService } from './periods.service.js';

const tags = ['periods'];
const periodParams = z.object({ periodId: z.uuid() });
const submissionParams = periodParams.extend({ submissionId: z.uuid() });
const transitionErrors = errorResponses(400, 401, 403, 404, 409, 422);

export const periodsRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = periodsService(db);

  app.get('/periods', { schema: { tags, summary: 'Reporting periods, newest first', querystring: PeriodListQuery, response: { 200: PeriodList, ...errorResponses(400, 401, 403) } } }, async (req) =>
    service.list(actorOf(req), req.query),
  );

  app.post(
    '/periods',
    { schema: { tags, summary: 'Open a quarter, half-year or year (HQ); dates and label follow from kind, year and index', body: PeriodInput, response: { 201: Period, ...errorResponses(400, 401, 403, 409) } } },
    async (req, reply) => reply.code(201).send(await service.create(actorOf(req), req.body)),
  );

  app.get('/periods/:periodId', { schema: { tags, summary: 'One reporting period', params: periodParams, response: { 200: Period, ...errorResponses(400, 401, 403, 404) } } }, async (req) =>
    service.get(actorOf(req), req.params.periodId),
  );

  app.patch(
    '/periods/:periodId',
    { schema: { tags, summary: 'Close or reopen a period for submissions, or move its due date (HQ); send the version you read', params: periodParams, body: PeriodUpdate, response: { 200: Period, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req) => service.update(actorOf(req), req.params.periodId, req.body),
  );

  app.get(
    '/periods/:periodId/completeness',
    {
      schema: {
        tags,
        summary: 'Which current missions and provinces have submitted the period, with counts by status (HQ and leaders)',
        params: periodParams,
        querystring: CompletenessQuery,
        response: { 200: CompletenessBoard, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => service.completeness(actorOf(req), req.params.periodId, req.query),
  );

  app.post(
    '/periods/:periodId/reminders',
    {
      schema: {
        tags,
        summary: 'Remind the editors of units that have not submitted (all, or those named): in-app and e-mail, once per unit per day',
        params: periodParams,
        body: ReminderInput,
        response: { 200: ReminderResult, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => service.remind(actorOf(req), req.params.periodId, req.body),
  );

  app.get(
    '/periods/:periodId/submissions',
    { schema: { tags, summary: 'Submissions of a period the actor may read', params: periodParams, querystring: SubmissionListQuery, response: { 200: SubmissionList, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => service.listSubmissions(actorOf(req), req.params.periodId, req.query),
  );

  app.post(
    '/periods/:periodId/submissions',
    { schema: { tags, summary: 'Start a unit\'s draft report for an open period (one per unit)', params: periodParams, body: SubmissionInput, response: { 201: Submission, ...transitionErrors } } },
    async (req, reply) => reply.code(201).send(await service.createSubmission(actorOf(req), req.params.periodId, req.body)),
  );

  app.get(
    '/periods/:periodId/submissions/:submissionId',
    { schema: { tags, summary: 'A unit\'s report with its activity and outcome figures for the period, each drillable', params: submissionParams, response: { 200: Submission, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => service.getSubmission(actorOf(req), req.params.periodId, req.params.submissionId),
  );

  app.patch(
    '/periods/:periodId/submissions/:submissionId',
    { schema: { tags, summary: 'Edit a draft or returned report', params: submissionParams, body: SubmissionUpdate, response: { 200: Submission, ...transitionErrors } } },
    async (req) => service.updateSubmission(actorOf(req), req.params.periodId, req.params.submissionId, req.body),
  );

  app.post(
    '/periods/:periodId/submissions/:submissionId/submit',
    { schema: { tags, summary: 'Submit the report to HQ (the unit\'s editors)', params: submissionParams, body: SubmissionSubmit, response: { 200: Submission, ...transitionErrors } } },
    async (req) => service.submit(actorOf(req), req.params.periodId, req.params.submissionId, req.body),
  );

  app.post(
    '/periods/:periodId/submissions/:submissionId/approve',
    { schema: { tags, summary: 'Approve a submitted report (HQ, never its own unit\'s); locks the unit\'s records in the period', params: submissionParams, body: SubmissionDecision, response: { 200: Submission, ...transitionErrors } } },
    async (req) => service.approve(actorOf(req), req.params.periodId, req.params.submissionId, req.body.version),
  );

  app.post(
    '/periods/:periodId/submissions/:submissionId/return',
    { schema: { tags, summary: 'Return a submitted report with a comment (HQ)', params: submissionParams, body: SubmissionReturn, response: { 200: Submission, ...transitionErrors } } },
    async (req) => service.returnSubmission(actorOf(req), req.params.periodId, req.params.submissionId, req.body),
  );

  app.post(
    '/periods/:periodId/submissions/:submissionId/reopen',
    { schema: { tags, summary: 'Reopen an approved report with a reason (HQ): unlocks the period for the unit; audited', params: submissionParams, body: SubmissionReopen, response: { 200: Submission, ...transitionErrors } } },
    async (req) => service.reopen(actorOf(req), req.params.periodId, req.params.submissionId, req.body),
  );
};
