import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from './db/schema/index.js';
import type { TestUser } from './test/factories.js';
import { createMissionRecords } from './test/mission-records.js';
import { buildTestApp, type TestContext } from './test/support.js';

/**
 * Generated from the app's OpenAPI document: every JSON body, path parameter and list query gets malformed input
 * as an admin. Bad input must answer 4xx with `{ error: { code, message } }` and write nothing; never a 5xx.
 * Multipart routes (attachments, imports) are not covered here; POST /auth/logout is skipped (it ends the session).
 */

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
}
interface Operation {
  summary?: string;
  parameters?: { name: string; in: 'path' | 'query' }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface Route {
  method: Method;
  path: string;
  op: Operation;
}

/** A malformed request: `sure` when it can never be valid, so it must be a 4xx (others only must not be a 5xx). */
interface Case {
  name: string;
  payload: string;
  sure: boolean;
}

const UNKNOWN_UUID = '0190a3c4-0000-7000-8000-000000000000';
const VERSION_PLACEHOLDER = 987654321;
const SKIPPED = new Set(['post /api/v1/auth/logout']);

let t: TestContext;
let admin: TestUser;
let headers: { cookie: string };
let routes: Route[] = [];
const ids: Record<string, string> = {};

const auditCount = async () => (await t.db.select({ n: count() }).from(auditLog))[0]!.n;

/** The non-null branch of a nullable schema, and whether null is allowed. */
function unwrap(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const branches = schema.anyOf ?? [schema];
  const nonNull = branches.find((branch) => branch.type !== 'null') ?? schema;
  return { schema: nonNull, nullable: branches.some((branch) => branch.type === 'null') || (Array.isArray(schema.type) && schema.type.includes('null')) };
}

const isDate = (schema: JsonSchema) => schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$' || schema.format === 'date';

/** Malformed values for one property. */
function junkValues(schema: JsonSchema): { name: string; raw: string; sure: boolean }[] {
  const { schema: s } = unwrap(schema);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  const json = (value: unknown) => JSON.stringify(value);
  const out: { name: string; raw: string; sure: boolean }[] = [];
  const constrained = s.maxLength !== undefined && s.maxLength < 10_000;
  switch (type) {
    case 'string':
      out.push({ name: 'a number', raw: '12345', sure: true });
      out.push({ name: 'an object', raw: json({ $ne: null }), sure: true });
      out.push({ name: '10k characters', raw: json('x'.repeat(10_001)), sure: constrained || !!s.pattern || !!s.format || !!s.enum });
      out.push({ name: 'SQL and control characters', raw: json("'; DROP TABLE users; --\u0000\u202e"), sure: false });
      out.push({ name: 'a 40-digit number', raw: json('9'.repeat(40)), sure: false });
      if (isDate(s)) for (const day of ['2025-02-30', '2025-13-01', '0000-00-00']) out.push({ name: `the date ${day}`, raw: json(day), sure: true });
      if (s.enum) out.push({ name: 'an unknown enum value', raw: json('zz_unknown'), sure: true });
      if (s.format === 'uuid') out.push({ name: 'an unknown uuid', raw: json(UNKNOWN_UUID), sure: false });
      break;
    case 'integer':
    case 'number':
      out.push({ name: 'a string', raw: json('12'), sure: true });
      out.push({ name: 'NaN as a string', raw: json('NaN'), sure: true });
      out.push({ name: 'a huge number', raw: '1e308', sure: s.maximum !== undefined });
      out.push({ name: 'an overflowing number', raw: '1e999', sure: true });
      out.push({ name: 'a negative number', raw: '-1', sure: s.minimum !== undefined && s.minimum >= 0 });
      out.push({ name: 'a beyond-int4 integer', raw: '2147483648', sure: false });
      if (type === 'integer') out.push({ name: 'a fraction', raw: '1.5', sure: true });
      break;
    case 'boolean':
      out.push({ name: 'a string', raw: json('yes'), sure: true });
      break;
    case 'array':
      out.push({ name: 'a string', raw: json('not-a-list'), sure: true });
      out.push({ name: 'a list of junk', raw: json([{ a: 1 }, null, 12]), sure: !!s.items && unwrap(s.items).schema.type !== undefined });
      break;
    case 'object':
      out.push({ name: 'a number', raw: '42', sure: true });
      out.push({ name: 'a string', raw: json('x'), sure: true });
      break;
    default:
      // A schema without one type (a union of kinds) gets no type-specific junk.
      break;
  }
  return out;
}

/** The body cases for a JSON schema; with a valid `base`, each junk value replaces one property of it. */
function bodyCases(schema: JsonSchema, base?: Record<string, unknown>): Case[] {
  const required = schema.required ?? [];
  const props = schema.properties ?? {};
  const merge = (key: string, raw: string) => {
    const rest = JSON.stringify({ ...base, [key]: undefined });
    const head = rest === '{}' ? '{' : `${rest.slice(0, -1)},`;
    return `${head}${JSON.stringify(key)}:${raw}}`;
  };
  const cases: Case[] = [];
  if (!base) {
    cases.push({ name: 'an empty object', payload: '{}', sure: required.length > 0 });
    cases.push({ name: 'a JSON array', payload: '[]', sure: true });
    cases.push({ name: 'JSON null', payload: 'null', sure: true });
    cases.push({ name: 'a bare string', payload: '"x"', sure: true });
    cases.push({ name: 'truncated JSON', payload: '{"a":', sure: true });
    let nested: unknown = 'x';
    for (let i = 0; i < 500; i++) nested = { a: nested, b: [i, null] };
    cases.push({ name: 'deeply nested junk', payload: JSON.stringify({ junk: nested, ...Object.fromEntries(Object.keys(props).map((key) => [key, nested])) }), sure: Object.keys(props).length > 0 });
    for (const key of required) {
      if (!unwrap(props[key] ?? {}).nullable) cases.push({ name: `${key}: null`, payload: merge(key, 'null'), sure: true });
    }
  } else {
    for (const key of required) {
      if (!unwrap(props[key] ?? {}).nullable) cases.push({ name: `valid but ${key}: null`, payload: merge(key, 'null'), sure: true });
    }
  }
  for (const [key, prop] of Object.entries(props)) {
    for (const junk of junkValues(prop)) {
      cases.push({ name: `${base ? 'valid but ' : ''}${key}: ${junk.name}`, payload: merge(key, junk.raw), sure: junk.sure });
    }
  }
  return cases;
}

/** Valid bodies for the main writes, so junk in one property reaches the service and the database. */
const VALID: Record<string, () => Record<string, unknown>> = {
  'post /api/v1/engagements': () => ({
    title: { vi: 'Đoàn công tác', en: 'Working visit' },
    type: 'working_visit_abroad',
    leaderName: 'Bộ trưởng',
    leaderLevel: 'minister',
    startDate: '2025-05-05',
    endDate: '2025-05-06',
    countryCodes: ['US'],
    leadUnitId: ids.orgUnitId,
  }),
  'post /api/v1/agreements': () => ({ title: { vi: 'Thỏa thuận', en: 'Agreement' }, kind: 'mou', signedDate: '2025-05-05', ownerUnitId: ids.orgUnitId, unitIds: [ids.orgUnitId], partnerIds: [ids.partnerId], value: '100.00', currency: 'USD' }),
  'post /api/v1/commitments': () => ({ title: 'Cam kết', engagementId: ids.engagementId, ownerUnitId: ids.orgUnitId, dueDate: '2030-01-01' }),
  'post /api/v1/tasks': () => ({
    title: 'Nhiệm vụ',
    objective: 'Mục tiêu',
    responsibleUnitId: ids.orgUnitId,
    assigningUnitId: ids.orgUnitId,
    responsiblePerson: 'Tham tán',
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    accountableTo: 'Đại sứ',
    checkedBy: 'Vụ Tổng hợp',
    expectedOutput: 'Báo cáo',
    expectedOutcome: 'Kết quả',
  }),
  'post /api/v1/activities': () => ({ unitId: ids.orgUnitId, type: 'trade_promotion', title: 'Hội chợ', startDate: '2025-06-01', endDate: '2025-06-02', cost: '10.00', costCurrency: 'USD', outputs: [{ kind: 'meetings_held', quantity: 2 }] }),
  'post /api/v1/outcomes': () => ({ activityId: ids.activityId, kind: 'export_contract', value: '1000.00', currency: 'USD', product: 'Cà phê', businessName: 'Công ty A', contactEmail: 'a@example.com' }),
  'post /api/v1/support-requests': () => ({ requestingUnitId: ids.provinceId, targetUnitId: ids.orgUnitId, title: 'Hỗ trợ', description: 'Mô tả', neededFrom: '2025-09-01', neededTo: '2025-09-02' }),
  'post /api/v1/periods': () => ({ kind: 'quarter', year: 2026, index: 2, dueDate: '2026-07-15' }),
  'post /api/v1/tasks/{taskId}/due-date-changes': () => ({ toDate: '2030-11-30', reason: 'Lý do' }),
  'post /api/v1/confirmations/{token}': () => ({ decision: 'correct', value: '10.00' }),
};

/** PATCH bodies start from the record's current version, so junk is not merely a stale 409. */
const GET_FOR_VERSION: Record<string, string> = {
  'patch /api/v1/engagements/{engagementId}': '/api/v1/engagements/{engagementId}',
  'patch /api/v1/agreements/{agreementId}': '/api/v1/agreements/{agreementId}',
  'patch /api/v1/commitments/{commitmentId}': '/api/v1/commitments/{commitmentId}',
  'patch /api/v1/tasks/{taskId}': '/api/v1/tasks/{taskId}',
  'patch /api/v1/activities/{activityId}': '/api/v1/activities/{activityId}',
  'patch /api/v1/outcomes/{outcomeId}': '/api/v1/outcomes/{outcomeId}',
  'patch /api/v1/support-requests/{supportRequestId}': '/api/v1/support-requests/{supportRequestId}',
  'patch /api/v1/periods/{periodId}': '/api/v1/periods/{periodId}',
  'patch /api/v1/periods/{periodId}/submissions/{submissionId}': '/api/v1/periods/{periodId}/submissions/{submissionId}',
};

const fill = (path: string, values: Record<string, string> = ids) => path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? UNKNOWN_UUID);
const keyOf = (route: Route) => `${route.method} ${route.path}`;
const jsonSchemaOf = (route: Route) => route.op.requestBody?.content['application/json']?.schema;
const isMultipart = (route: Route) => !!route.op.requestBody?.content['multipart/form-data'] || /multipart/i.test(route.op.summary ?? '');

async function expectHandled(method: string, url: string, payload: string | undefined, sure: boolean, label: string) {
  const before = await auditCount();
  const res = await t.app.inject({ method: method.toUpperCase() as 'GET', url, payload, headers: payload === undefined ? headers : { ...headers, 'content-type': 'application/json' } });
  const context = `${method.toUpperCase()} ${url} with ${label}: ${res.statusCode} ${res.body.slice(0, 300)}`;
  expect(res.statusCode, context).toBeLessThan(500);
  if (sure) expect(res.statusCode, context).toBeGreaterThanOrEqual(400);
  if (res.statusCode >= 400) {
    expect(res.json(), context).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    expect(await auditCount(), context).toBe(before);
  }
}

beforeAll(async () => {
  t = await buildTestApp();
  const us = (await t.factory.unit('mission', 'EMB-US')).id;
  const jp = (await t.factory.unit('mission', 'EMB-JP')).id;
  admin = await t.factory.user({ role: 'admin', unitId: (await t.factory.unit('hq', 'MOFA')).id });
  const editor = await t.factory.user({ role: 'unit_editor', unitId: us });
  const r = await createMissionRecords(t, editor, admin, us, jp);
  headers = await t.login(admin);
  const partner = await t.app.inject({ method: 'POST', url: '/api/v1/partners', headers, payload: { kind: 'foreign_company', name: { vi: 'Công ty B', en: 'Company B' }, countryCode: 'US' } });
  const token = await t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers, payload: { name: 'robustness' } });
  Object.assign(ids, {
    engagementId: r.engagement.id,
    agreementId: r.agreement.id,
    commitmentId: r.commitment.id,
    taskId: r.task.id,
    changeId: r.changeId,
    activityId: r.activity.id,
    outcomeId: r.outcome.id,
    supportRequestId: r.supportRequest.id,
    periodId: r.period.id,
    submissionId: r.submission.id,
    attachmentId: r.attachmentId,
    orgUnitId: us,
    provinceId: (await t.factory.unit('province', '79')).id,
    userId: editor.id,
    partnerId: partner.json().id,
    tokenId: token.json().id,
    notificationId: UNKNOWN_UUID,
    token: 'not-a-real-confirmation-link-token-000000000000',
  });
  const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json', headers })).json() as { paths: Record<string, Partial<Record<Method, Operation>>> };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    (Object.entries(ops) as [Method, Operation][]).filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method)).map(([method, op]) => ({ method, path, op })),
  );
});
afterAll(() => t.close());

describe('robustness against malformed input (OpenAPI-generated)', () => {
  it('finds the routes, and notes the multipart ones it skips', () => {
    expect(routes.length).toBeGreaterThan(80);
    const multipart = routes.filter(isMultipart).map(keyOf);
    expect(multipart).toEqual(expect.arrayContaining(['post /api/v1/engagements/{engagementId}/attachments', 'post /api/v1/tasks/{taskId}/attachments', 'post /api/v1/imports/activities']));
  });

  it('a NUL character anywhere is a 400 naming the field, and an overlong path parameter a 400 in the usual shape', async () => {
    const body = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers, payload: { name: 'a\u0000b' } });
    expect(body.statusCode).toBe(400);
    expect(body.json().error).toMatchObject({ code: 'invalid', fields: { name: 'NUL characters are not allowed' } });
    const query = await t.app.inject({ method: 'GET', url: '/api/v1/users?q=%00', headers });
    expect(query.json().error).toMatchObject({ code: 'invalid', fields: { q: 'NUL characters are not allowed' } });
    const long = await t.app.inject({ method: 'GET', url: `/api/v1/tasks/${'x'.repeat(500)}`, headers });
    expect(long.statusCode).toBe(400);
    expect(long.json()).toEqual({ error: { code: 'invalid', message: 'A path parameter is too long' } });
  });

  it('JSON bodies: wrong types, overlong strings, odd numbers, impossible dates, unknown enums, nulls, arrays, nesting', async () => {
    let sent = 0;
    for (const route of routes) {
      const schema = jsonSchemaOf(route);
      if (!schema || isMultipart(route) || SKIPPED.has(keyOf(route))) continue;
      const url = fill(route.path);
      for (const c of bodyCases(schema)) {
        await expectHandled(route.method, url, c.payload, c.sure, c.name);
        sent++;
      }
      const valid = VALID[keyOf(route)];
      const versionFrom = GET_FOR_VERSION[keyOf(route)];
      if (!valid && !versionFrom) continue;
      for (const c of bodyCases(schema, valid?.() ?? { version: VERSION_PLACEHOLDER })) {
        let payload = c.payload;
        if (versionFrom) {
          const current = (await t.app.inject({ method: 'GET', url: fill(versionFrom), headers })).json() as { version: number };
          payload = payload.replace(`"version":${VERSION_PLACEHOLDER}`, `"version":${current.version}`);
        }
        await expectHandled(route.method, url, payload, c.sure, c.name);
        sent++;
      }
    }
    expect(sent).toBeGreaterThan(1000);
  }, 600_000);

  it('path parameters: a non-uuid and an unknown uuid, each in turn', async () => {
    for (const route of routes) {
      const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      if (params.length === 0 || isMultipart(route) || SKIPPED.has(keyOf(route))) continue;
      const body = jsonSchemaOf(route) ? '{}' : undefined;
      for (const param of params) {
        for (const value of ['not-a-uuid', "1' OR '1'='1", UNKNOWN_UUID, '%00', 'x'.repeat(2000)]) {
          await expectHandled(route.method, fill(route.path, { ...ids, [param]: encodeURIComponent(value) }), body, true, `${param}=${value.slice(0, 20)}`);
        }
      }
    }
  }, 300_000);

  it('list queries: negative pages, huge page sizes, junk sorts and filters', async () => {
    const junk = ['page=-1', 'pageSize=100000', 'page=abc', 'pageSize=0', 'sort=drop%20table', "q=%27%3B%20DROP%20TABLE%20users%3B--", `q=${'x'.repeat(10_000)}`, 'from=2025-02-30', 'to=yesterday', 'unitId=not-a-uuid', 'status=zz', 'page=1e999'];
    for (const route of routes.filter((r) => r.method === 'get' && (r.op.parameters ?? []).some((p) => p.in === 'query'))) {
      const url = fill(route.path);
      const names = new Set((route.op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
      for (const query of junk) {
        const name = query.split('=')[0]!;
        if (!names.has(name)) continue;
        // Unknown query parameters are ignored, so only the route's own ones must be refused.
        await expectHandled('get', `${url}?${query}`, undefined, !['q'].includes(name), query.slice(0, 30));
      }
      for (const name of names) await expectHandled('get', `${url}?${name}=${encodeURIComponent('\u0000\'";--')}`, undefined, false, `${name}=junk`);
    }
  }, 300_000);
});
